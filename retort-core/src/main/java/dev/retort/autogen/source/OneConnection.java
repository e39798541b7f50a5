package dev.retort.autogen.source;

import dev.retort.dialect.DatabaseUrl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A data source that hands out one open connection, whose {@code close()} does nothing, so that
 * what runs through a {@link DatabaseUrl} (the runner of a replay) and what follows (reflecting the
 * result) share a session: one connection fewer, and the catalog caches the replay warmed. The
 * owner closes the connection.
 */
final class OneConnection extends dev.retort.run.ConnectionSource {
  private final Connection connection;

  private OneConnection(Connection connection) {
    this.connection = connection;
  }

  /** {@code url}, with its connections coming from {@code connection}. */
  static DatabaseUrl sharing(DatabaseUrl url, Connection connection) {
    return url.withDataSource(new OneConnection(connection));
  }

  @Override
  public Connection getConnection() {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close") && method.getParameterCount() == 0) {
            return null;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
