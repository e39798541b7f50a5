package dev.retort.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL for the operations tests: rows of a query as text, and an offline script run statement by statement. */
final class Queries {
  private Queries() {}

  /** Every row of a query, values as strings ("null" for NULL). */
  static List<List<String>> rows(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int width = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** Runs an offline script: statements separated by ";\n\n", as OfflineOperations writes them. */
  static void runScript(Connection c, String script) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : script.split(";\n\n")) {
        if (!sql.isBlank()) {
          st.execute(sql);
        }
      }
    }
  }
}
