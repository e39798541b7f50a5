package dev.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The MariaDB server the apply benchmark's MariaDB column runs on: one that bench/apply.sh started
 * from Debian's mariadb-server in a throwaway folder, with the package's default settings.
 */
final class MariaDbBenchServer {
  private final String host;
  private final int port;
  private final String user;

  private MariaDbBenchServer(String host, int port, String user) {
    this.host = host;
    this.port = port;
    this.user = user;
  }

  /** From {@code host:port[:user]} (the user defaults to root, without a password). */
  static MariaDbBenchServer of(String spec) {
    String[] p = spec.split(":");
    return new MariaDbBenchServer(p[0], Integer.parseInt(p[1]), p.length > 2 ? p[2] : "root");
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

  /** The settings that decide what a commit costs, for the report. */
  String settings() {
    List<String> s = new ArrayList<>();
    for (String name : List.of("innodb_flush_log_at_trx_commit", "sync_binlog", "log_bin", "innodb_buffer_pool_size",
        "innodb_doublewrite")) {
      s.add(name + "=" + query("SELECT @@" + name));
    }
    return String.join(", ", s);
  }

  private Connection adminConnection() throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", p);
  }
}
