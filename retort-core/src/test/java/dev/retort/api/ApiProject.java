package dev.retort.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Revision files and SQLite reads for the API tests: a users table, then an orders table on top. */
final class ApiProject {
  static final String USERS = "aaaa00000001";
  static final String ORDERS = "bbbb00000002";

  private ApiProject() {}

  /** {@code folder} with the two revisions, users then orders; returns the folder. */
  static Path twoRevisions(Path folder) {
    revision(folder, USERS, "", "create users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);",
        "DROP TABLE users;");
    revision(folder, ORDERS, USERS, "add orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);",
        "DROP TABLE orders;");
    return folder;
  }

  /** Writes one SQL revision file {@code <id>_<slug>.sql} into {@code folder}. */
  static void revision(Path folder, String id, String revises, String message, String upgrade, String downgrade) {
    String text = "-- Revision: " + id + "\n-- Revises: " + revises + "\n-- Message: " + message
        + "\n-- Create-Date: 2026-01-01T00:00:00Z\n\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\n" + downgrade + "\n";
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(id + "_" + message.replace(' ', '_') + ".sql"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first column of every row {@code sql} returns from the SQLite file, sorted. */
  static List<String> column(Path database, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      values.sort(null);
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** The user tables of the SQLite file, sorted (Retort's own version and history tables left out). */
  static List<String> tables(Path database) {
    return column(database, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'retort%'"
        + " AND name NOT LIKE 'sqlite%'");
  }
}
