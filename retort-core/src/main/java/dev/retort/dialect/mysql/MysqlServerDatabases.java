package dev.retort.dialect.mysql;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Identifiers;
import dev.retort.dialect.ServerDatabases;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Databases on a MySQL or MariaDB server, for temporary scratch databases: created in utf8mb4
 * (the server's collation), reached with the URL's driver, user, password and options.
 */
final class MysqlServerDatabases implements ServerDatabases {
  private static final Pattern JDBC = Pattern.compile("(jdbc:(?:mysql|mariadb)://)([^/?]*)(/[^?]*)?(\\?.*)?");

  @Override
  public DatabaseUrl withDatabase(DatabaseUrl url, String name) {
    Matcher m = matcher(url);
    String database = name.isEmpty() ? "" : Identifiers.name("database", name);
    String jdbc = m.group(1) + m.group(2) + "/" + database + (m.group(4) == null ? "" : m.group(4));
    return new DatabaseUrl(url.scheme(), jdbc, url.properties(), null, DatabaseUrl.redact(jdbc));
  }

  @Override
  public String server(DatabaseUrl url) {
    String hosts = matcher(url).group(2);
    hosts = hosts.substring(hosts.lastIndexOf('@') + 1);
    return hosts.isEmpty() ? "localhost:3306" : hosts.contains(":") ? hosts : hosts + ":3306";
  }

  @Override
  public String createDatabase(String name) {
    return "CREATE DATABASE " + Identifiers.name("database", name) + " CHARACTER SET utf8mb4";
  }

  @Override
  public String dropDatabase(String name) {
    return "DROP DATABASE IF EXISTS " + Identifiers.name("database", name);
  }

  private static Matcher matcher(DatabaseUrl url) {
    Matcher m = JDBC.matcher(url.jdbcUrl());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a MySQL JDBC URL: " + url.redacted());
    }
    return m;
  }
}
