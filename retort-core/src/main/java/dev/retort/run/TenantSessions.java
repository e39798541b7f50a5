package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * Database sessions reused from target to target of a fleet whose tenants are schemas of one
 * database. A new PostgreSQL session on a database that has just been changed by DDL rebuilds its
 * catalog caches, tens of milliseconds of server time, more than a tenant's own migration costs;
 * a session handed on keeps them. Each hand-over runs the dialect's setup (on PostgreSQL: release
 * advisory locks, reset the session, drop temporary tables, set the search path to the tenant's
 * schema), so no tenant sees another's session state. Closing a handed-out connection gives it
 * back; a broken one is closed for good.
 */
public final class TenantSessions implements AutoCloseable {
  private final Map<String, Deque<Connection>> idle = new ConcurrentHashMap<>();

  /**
   * Connections to {@code base} set up for {@code schema} by {@code setup} (the dialect's
   * {@link Dialect#tenantSessionSetup}).
   */
  public DataSource forSchema(DatabaseUrl base, Dialect dialect, String setup) {
    // in memory only: the key holds the credentials and is never printed or logged
    String key = base.jdbcUrl() + '\u0000' + base.properties();
    return ConnectionSource.of(() -> borrow(key, base, dialect, setup));
  }

  private Connection borrow(String key, DatabaseUrl base, Dialect dialect, String setup) throws SQLException {
    Deque<Connection> sessions = idle.computeIfAbsent(key, k -> new ConcurrentLinkedDeque<>());
    for (Connection reused = sessions.pollFirst(); reused != null; reused = sessions.pollFirst()) {
      try {
        return handedOut(set(reused, setup), sessions);
      } catch (SQLException e) {
        closeQuietly(reused); // broken since it was given back: open another
      }
    }
    Connection opened = Connector.open(base, dialect);
    try {
      return handedOut(set(opened, setup), sessions);
    } catch (SQLException e) {
      closeQuietly(opened);
      throw new RunException(ErrorCode.D002, null, "a new session on " + base.redacted()
          + " could not be set up for the tenant: " + e.getMessage(), List.of("the set-up: " + setup),
          "check that the user may run that set-up on this database (its role, its search path), then run again", e);
    }
  }

  private static Connection set(Connection connection, String setup) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(setup);
    }
    return connection;
  }

  /** {@code real}, whose {@code close()} gives it back to {@code sessions} once, rolled back and in auto-commit. */
  private static Connection handedOut(Connection real, Deque<Connection> sessions) {
    AtomicBoolean returned = new AtomicBoolean();
    return (Connection) Proxy.newProxyInstance(TenantSessions.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (returned.compareAndSet(false, true)) {
                giveBack(real, sessions);
              }
              return null;
            }
            case "isClosed" -> {
              if (returned.get()) {
                return true;
              }
            }
            default -> { }
          }
          if (returned.get()) {
            throw new SQLException("connection already closed");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static void giveBack(Connection real, Deque<Connection> sessions) {
    try {
      if (!real.isClosed()) {
        if (!real.getAutoCommit()) {
          real.rollback();
          real.setAutoCommit(true);
        }
        sessions.offerFirst(real);
        return;
      }
    } catch (SQLException e) {
      // broken: closed below
    }
    closeQuietly(real);
  }

  /** Closes the sessions not handed out; later requests open new ones. */
  @Override
  public void close() {
    idle.values().forEach(sessions -> {
      for (Connection c = sessions.pollFirst(); c != null; c = sessions.pollFirst()) {
        closeQuietly(c);
      }
    });
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing more to do with it
    }
  }
}
