package dev.retort.dialect;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Opens a connection through the driver a JDBC URL names. {@link DriverManager} loads and
 * initialises every driver on the class path the first time it is asked (five of them in the
 * CLI, MySQL's among them), a tenth of a second of a short command's start-up; a known URL prefix
 * loads only its own driver. Any other URL, or a driver that is not on the class path, still goes
 * through {@link DriverManager}.
 */
public final class JdbcDrivers {
  private static final Map<String, String> DRIVER_BY_PREFIX = Map.of(
      "jdbc:postgresql:", "org.postgresql.Driver",
      "jdbc:sqlite:", "org.sqlite.JDBC",
      "jdbc:h2:", "org.h2.Driver",
      "jdbc:mariadb:", "org.mariadb.jdbc.Driver",
      "jdbc:mysql:", "com.mysql.cj.jdbc.Driver");

  private JdbcDrivers() {}

  /** A connection to {@code jdbcUrl}, as {@link DriverManager#getConnection(String, Properties)} would open it. */
  public static Connection connect(String jdbcUrl, Properties properties) throws SQLException {
    Driver driver = knownDriver(jdbcUrl);
    if (driver != null) {
      Connection connection = driver.connect(jdbcUrl, properties);
      if (connection != null) {
        return connection;
      }
    }
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  /** The driver for the URL's prefix, from the thread's class loader or Retort's own; null when unknown or absent. */
  private static Driver knownDriver(String jdbcUrl) {
    String className = DRIVER_BY_PREFIX.entrySet().stream()
        .filter(e -> jdbcUrl.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst().orElse(null);
    if (className == null) {
      return null;
    }
    for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
        JdbcDrivers.class.getClassLoader()}) {
      if (loader == null) {
        continue;
      }
      try {
        return (Driver) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
        // not on this class loader: try the next, then DriverManager
      }
    }
    return null;
  }
}
