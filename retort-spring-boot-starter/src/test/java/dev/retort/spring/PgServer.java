package dev.retort.spring;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL server per test class ({@code @RegisterExtension static final PgServer
 * PG = new PgServer();}) and a new, empty database per call of {@link #newDatabase()}.
 */
final class PgServer implements BeforeAllCallback, AfterAllCallback {
  private final AtomicInteger databases = new AtomicInteger();
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

  /** Creates an empty database; returns its JDBC URL (user and password {@code postgres}). */
  String newDatabase() throws SQLException {
    String name = "spring_" + databases.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
  }

  /** Runs a statement as {@code postgres} in the server's default database. */
  void execute(String sql) throws SQLException {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
