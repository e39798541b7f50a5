package dev.retort.run;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that only hands out connections, for Retort's own sources of sessions
 * (a session shared by a replay and its reflection, a fleet's reused tenant sessions): no log
 * writer, no login timeout, no credentials of its own.
 */
public abstract class ConnectionSource implements DataSource {
  /** What opens or lends a connection. */
  @FunctionalInterface
  public interface Opener {
    Connection open() throws SQLException;
  }

  /** A source whose connections come from {@code opener}. */
  public static ConnectionSource of(Opener opener) {
    return new ConnectionSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return opener.open();
      }
    };
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // no log
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // the URL's own settings apply
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
