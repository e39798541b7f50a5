package dev.retort.dialect.postgres;

import dev.retort.dialect.LockPolling;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL session advisory lock, polled with {@code pg_try_advisory_lock} in short
 * autocommit statements: a waiter never sits inside a statement or holds a snapshot, so a {@code
 * CREATE INDEX CONCURRENTLY} run by the holder does not wait for it (flyway#3961). The server
 * releases it when the session ends.
 */
final class AdvisoryLock implements MigrationLock {
  private final Connection connection;
  private final long key;

  private AdvisoryLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  static AdvisoryLock acquire(Connection connection, long key, LockWait wait) throws SQLException {
    LockPolling.poll(connection, wait, () -> tryLock(connection, key), () -> holder(connection, key));
    return new AdvisoryLock(connection, key);
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static String holder(Connection connection, long key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT a.pid, a.application_name, coalesce(host(a.client_addr), 'local socket'), a.backend_start, a.state"
            + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ?"
            + " AND l.objsubid = 1")) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xffffffffL);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "another session (it released the lock just now; try again)";
        }
        return "PostgreSQL backend pid " + rs.getInt(1) + " ('" + rs.getString(2) + "' from " + rs.getString(3)
            + "), connected since " + rs.getTimestamp(4).toInstant() + ", state " + rs.getString(5);
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
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          ps.setLong(1, key);
          ps.execute();
        }
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      // the server drops session locks when the connection closes, which follows
    }
  }
}
