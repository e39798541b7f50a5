package dev.retort.autogen.scratch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL per test class ({@code @RegisterExtension static final ScratchPg PG = new
 * ScratchPg();}), with URLs in Retort's configuration form and SQL run as the superuser.
 */
final class ScratchPg implements BeforeAllCallback, AfterAllCallback {
  private EmbeddedPostgres server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off").start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  int port() {
    return server.getPort();
  }

  /** {@code postgresql://user:password@localhost:port/database}; the server trusts any password. */
  String url(String user, String password, String database) {
    return "postgresql://" + user + ":" + password + "@localhost:" + port() + "/" + database;
  }

  /** Runs statements as the superuser in {@code database}. */
  void execute(String database, String... sql) throws SQLException {
    try (Connection c = connect(database); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  /** Whether the server has a database of that name. */
  boolean databaseExists(String name) throws SQLException {
    try (Connection c = connect("postgres");
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) == 1;
      }
    }
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, "postgres", "postgres");
  }
}
