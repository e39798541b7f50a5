package dev.retort.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL server per test class ({@code @RegisterExtension static final PgServer
 * PG = new PgServer();}) and a fresh database per call of {@link #newDatabase()}.
 */
public final class PgServer implements BeforeAllCallback, AfterAllCallback {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private EmbeddedPostgres server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off")
        .start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** The server's port on localhost. */
  public int port() {
    return server.getPort();
  }

  /** A connection (autocommit) to a new, empty database. */
  public Connection newDatabase() throws SQLException {
    String name = "ops_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + server.getPort() + "/" + name, "postgres", "postgres");
  }
}
