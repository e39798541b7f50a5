package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import dev.retort.dialect.JdbcDrivers;
import dev.retort.error.ErrorCode;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/** Opens JDBC connections; a failure names the redacted URL, never the password. */
public final class Connector {
  private Connector() {}

  /** Opens a connection to {@code url} with the properties of the dialect installed for its scheme. */
  public static Connection open(DatabaseUrl url) {
    return open(url, DialectRegistry.loadInstalled().forUrl(url));
  }

  /**
   * Opens a connection to {@code url}; the dialect's {@linkplain Dialect#connectionProperties
   * connection properties} apply where the URL does not set them.
   */
  public static Connection open(DatabaseUrl url, Dialect dialect) {
    if (url.dataSource() != null) {
      try {
        return url.dataSource().getConnection();
      } catch (SQLException e) {
        throw new RunException(ErrorCode.D002, null, "the DataSource for " + url.redacted() + " gave no connection: "
            + withoutPassword(String.valueOf(e.getMessage()), url).strip(), List.of(),
            "check the data source's URL, user and password, and that the database is running", null);
      }
    }
    Properties props = url.properties();
    dialect.connectionProperties("retort pid " + ProcessHandle.current().pid() + " on " + host())
        .forEach((key, value) -> {
          if (!props.containsKey(key) && !inUrl(url, key)) {
            props.setProperty(key, value);
          }
        });
    try {
      return JdbcDrivers.connect(url.jdbcUrl(), props);
    } catch (SQLException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw RunException.unreachable(
          "cannot connect to " + url.redacted() + ": " + withoutPassword(message, url).strip(),
          "check that the database is running and reachable, and the URL, user and password (url in retort.toml,"
              + " RETORT_URL, DATABASE_URL or --url)");
    }
  }

  /** Whether the URL's query string sets {@code key} itself (a driver lets properties win over the URL). */
  private static boolean inUrl(DatabaseUrl url, String key) {
    String jdbc = url.jdbcUrl();
    int query = jdbc.indexOf('?');
    if (query < 0) {
      return false;
    }
    for (String pair : jdbc.substring(query + 1).split("[&;]")) {
      if (pair.regionMatches(true, 0, key + "=", 0, key.length() + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The driver's message with the password hidden: the URL it quotes ("Unable to parse URL ...") redacted, then the
   * password wherever it stands. A password shorter than four characters is replaced only where it stands as a word
   * of its own, so that it does not garble the message ("p" must not turn "parse" into "***arse").
   */
  public static String withoutPassword(String message, DatabaseUrl url) {
    String text = DatabaseUrl.redact(message.replace(url.jdbcUrl(), url.redacted()));
    String password = url.properties().getProperty("password");
    if (password == null || password.isEmpty()) {
      return text;
    }
    if (password.length() >= 4) {
      return text.replace(password, "***");
    }
    return text.replaceAll("(?<!\\p{Alnum})" + Pattern.quote(password) + "(?!\\p{Alnum})", "***");
  }

  /** user@host of this process, for the history table. */
  public static String appliedBy() {
    return System.getProperty("user.name", "unknown") + "@" + host();
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "unknown-host";
    }
  }
}
