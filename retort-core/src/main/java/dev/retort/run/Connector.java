package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** Opens JDBC connections; a failure names the redacted URL, never the password. */
public final class Connector {
  private Connector() {}

  public static Connection open(DatabaseUrl url) {
    Properties props = url.properties();
    if (url.scheme().equals("postgresql")) {
      props.putIfAbsent("ApplicationName", "retort pid " + ProcessHandle.current().pid() + " on " + host());
      props.putIfAbsent("connectTimeout", "10");
    } else {
      props.putIfAbsent("busy_timeout", "30000");
    }
    try {
      return DriverManager.getConnection(url.jdbcUrl(), props);
    } catch (SQLException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      String password = url.properties().getProperty("password");
      if (password != null && !password.isEmpty()) {
        message = message.replace(password, "***");
      }
      // the driver may quote the URL it was given ("Unable to parse URL ..."), password parameter included
      message = DatabaseUrl.redact(message);
      throw new RunException(
          ErrorCode.D002,
          null,
          "cannot connect to " + url.redacted() + ": " + message.strip(),
          List.of(),
          "check that the database is running and reachable, and the URL, user and password (url in retort.toml,"
              + " RETORT_URL, DATABASE_URL or --url)",
          null);
    }
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
