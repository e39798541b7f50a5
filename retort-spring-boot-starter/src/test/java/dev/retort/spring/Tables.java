package dev.retort.spring;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a SQLite file directly, outside any application context. */
final class Tables {
  private Tables() {}

  /** The tables of the SQLite file, sorted. */
  static List<String> in(Path sqliteFile) throws SQLException {
    return strings(sqliteFile, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  }

  /** The first column of every row a query returns. */
  static List<String> strings(Path sqliteFile, String query) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile);
        ResultSet rows = c.createStatement().executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
