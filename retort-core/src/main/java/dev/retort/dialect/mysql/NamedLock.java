package dev.retort.dialect.mysql;

import dev.retort.dialect.LockPolling;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A MySQL/MariaDB named lock ({@code GET_LOCK}), tried with a zero wait in short autocommit
 * statements so that a waiter never sits inside a statement or holds a transaction open; the
 * server releases it when the session ends. Named locks are server-wide, so the name holds the
 * database as well as the version table ({@link LockName}).
 */
final class NamedLock implements MigrationLock {
  private final Connection connection;
  private final String name;

  private NamedLock(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  static NamedLock acquire(Connection connection, String name, LockWait wait) throws SQLException {
    LockPolling.poll(connection, wait, () -> tryLock(connection, name), () -> holder(connection, name));
    return new NamedLock(connection, name);
  }

  /** GET_LOCK gives 1 when taken, 0 when another session holds it, NULL on an error (the session killed). */
  private static boolean tryLock(Connection connection, String name) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int taken = rs.getInt(1);
        if (rs.wasNull()) {
          throw new SQLException("GET_LOCK('" + name + "', 0) failed on the server");
        }
        return taken == 1;
      }
    }
  }

  private static String holder(Connection connection, String name) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT p.id, p.user, p.host, p.db, p.command, p.time FROM information_schema.processlist p"
            + " WHERE p.id = IS_USED_LOCK(?)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "another session (it released the lock just now, or its process list entry is hidden from this user;"
              + " try again)";
        }
        String db = rs.getString(4);
        String command = rs.getString(5);
        // the process list's Sleep is an idle session; anything else is what it is doing now
        String doing = "Sleep".equalsIgnoreCase(command) ? "idle"
            : "running a " + String.valueOf(command).toLowerCase(java.util.Locale.ROOT);
        return "connection id " + rs.getLong(1) + " (" + rs.getString(2) + "@" + rs.getString(3)
            + (db == null ? "" : ", database " + db) + "), " + doing + " for " + rs.getLong(6) + " s (lock '" + name
            + "')";
      }
    }
  }

  @Override
  public void close() {
    try {
      if (!connection.isClosed()) {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
          ps.setString(1, name);
          ps.execute();
        }
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      // the server drops a session's named locks when the connection closes, which follows
    }
  }
}
