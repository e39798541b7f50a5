package dev.retort.dialect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * A real connection that records every statement it prepares or creates, so a test can count the
 * queries a piece of code sends. Every call still reaches the database.
 */
public final class CountingConnection implements InvocationHandler {
  private final Connection target;
  private final List<String> statements = new ArrayList<>();

  private CountingConnection(Connection target) {
    this.target = target;
  }

  /** Wraps {@code target}; {@link #statements()} of the returned handler lists what was sent. */
  public static CountingConnection wrap(Connection target) {
    return new CountingConnection(target);
  }

  /** The connection to hand to the code under test. */
  public Connection connection() {
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
  }

  /** The SQL of every statement prepared so far ({@code <statement>} for a plain {@code createStatement}). */
  public List<String> statements() {
    return List.copyOf(statements);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (name.equals("prepareStatement") || name.equals("prepareCall")) {
      statements.add((String) args[0]);
    } else if (name.equals("createStatement")) {
      statements.add("<statement>");
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
