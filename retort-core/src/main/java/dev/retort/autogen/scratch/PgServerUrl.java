package dev.retort.autogen.scratch;

import dev.retort.dialect.DatabaseUrl;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server part of a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/database?params}):
 * where it points, for the console, and the same server's URL for another database.
 *
 * @param hosts {@code host:port} as written, {@code localhost:5432} when the URL names none
 * @param database the database named, {@code postgres}'s default (the user's name) left empty
 * @param params the query string with its {@code ?}, or empty
 */
record PgServerUrl(String hosts, String database, String params) {
  private static final Pattern JDBC = Pattern.compile("jdbc:postgresql:(?://([^/?]*))?/?([^?]*)(\\?.*)?");

  /** Parses the JDBC form of a PostgreSQL URL; null when it is not one. */
  static PgServerUrl of(DatabaseUrl url) {
    Matcher m = JDBC.matcher(url.jdbcUrl());
    if (!url.scheme().equals("postgresql") || !m.matches()) {
      return null;
    }
    String hosts = m.group(1) == null || m.group(1).isEmpty() ? "localhost" : m.group(1);
    if (hosts.indexOf(':') < 0 && hosts.indexOf(',') < 0 && hosts.indexOf('[') < 0) {
      hosts = hosts + ":5432";
    }
    return new PgServerUrl(hosts, m.group(2), m.group(3) == null ? "" : m.group(3));
  }

  /** The URL of database {@code name} on this server, with {@code base}'s user and password. */
  DatabaseUrl withDatabase(DatabaseUrl base, String name) {
    String jdbc = "jdbc:postgresql://" + hosts + "/" + name + params;
    return new DatabaseUrl("postgresql", jdbc, base.properties(), null, DatabaseUrl.redact(jdbc));
  }

  /**
   * As {@link #withDatabase}, for a throwaway database: its sessions start with {@code
   * synchronous_commit} off (a commit does not wait for the WAL to reach the disk; a crash could lose
   * only the last commits of a database that is dropped anyway), unless the URL sets {@code options}.
   */
  DatabaseUrl scratch(DatabaseUrl base, String name) {
    DatabaseUrl url = withDatabase(base, name);
    java.util.Properties properties = url.properties();
    if (params.contains("options=") || properties.containsKey("options")) {
      return url;
    }
    properties.setProperty("options", "-c synchronous_commit=off");
    return new DatabaseUrl(url.scheme(), url.jdbcUrl(), properties, null, url.redacted());
  }
}
