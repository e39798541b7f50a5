package dev.retort.spring;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real DataSource that records what is asked of it: how many connections were taken, and the
 * SQL of each statement run on them (prepared or plain). It changes nothing it passes on.
 */
final class CountingDataSource implements DataSource {
  private final DataSource real;
  private final List<String> statements = new ArrayList<>();
  private int connections;

  CountingDataSource(DataSource real) {
    this.real = real;
  }

  synchronized int connections() {
    return connections;
  }

  synchronized List<String> statements() {
    return List.copyOf(statements);
  }

  /** How many statements ran whose SQL contains {@code text}. */
  synchronized long count(String text) {
    return statements.stream().filter(s -> s.contains(text)).count();
  }

  synchronized void reset() {
    connections = 0;
    statements.clear();
  }

  private synchronized void record(String sql) {
    statements.add(sql);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counted(real.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counted(real.getConnection(username, password));
  }

  private Connection counted(Connection connection) {
    synchronized (this) {
      connections++;
    }
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")) {
            record((String) args[0]);
          } else if (method.getName().equals("createStatement")) {
            return statement((Statement) result);
          }
          return result;
        });
  }

  private Statement statement(Statement statement) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
        record(sql);
      }
      return invoke(statement, method, args);
    };
    return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return real.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    real.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    real.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return real.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return real.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return real.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return real.isWrapperFor(iface);
  }
}
