package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor's own statements through JDBC in a JVM process, for {@code bench/whole-process.sh}:
 * what any JVM tool pays for the same work that {@code psql -f} / {@code sqlite3 .read} does (JVM
 * start, the driver, one round trip per statement), without reading revisions or keeping history.
 * Each statement of the file ({@code BEGIN;}, {@code CREATE TABLE ...;}, the version row, {@code
 * COMMIT;}, one per line, as {@code floor_sql} writes them) runs as it is on one connection in
 * auto-commit mode, so {@code BEGIN} and {@code COMMIT} delimit the transactions exactly as in the
 * file.
 *
 * <p>Usage: {@code JdbcSqlFile <jdbc url> <user> <file.sql>}.
 */
public final class JdbcSqlFile {
  private JdbcSqlFile() {}

  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 3) {
      System.err.println("usage: JdbcSqlFile <jdbc url> <user> <file.sql>");
      System.exit(2);
    }
    try (Connection connection = args[1].isEmpty()
            ? DriverManager.getConnection(args[0])
            : DriverManager.getConnection(args[0], args[1], "");
        Statement statement = connection.createStatement()) {
      for (String line : Files.readAllLines(Path.of(args[2]))) {
        String sql = line.strip();
        if (!sql.isEmpty()) {
          statement.execute(sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql);
        }
      }
    }
  }
}
