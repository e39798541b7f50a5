package dev.retort.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an offline ({@code --sql}) script the way psql would: statement by statement on one
 * autocommit connection, so the script's own BEGIN/COMMIT decide the transactions. Statements are
 * split at the {@code ;} + blank line boundaries the writer emits; comment lines are dropped.
 */
final class OfflineScripts {
  private OfflineScripts() {}

  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    for (String chunk : script.split(";\n\n", -1)) {
      StringBuilder sql = new StringBuilder();
      for (String line : chunk.split("\n", -1)) {
        if (!line.strip().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      String statement = sql.toString().strip();
      if (!statement.isEmpty()) {
        out.add(statement);
      }
    }
    return out;
  }

  static void execute(TestDb db, String script) {
    try (Connection c = db.connect(); Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      for (String sql : statements(script)) {
        try {
          st.execute(sql);
        } catch (SQLException e) {
          throw new AssertionError("offline script statement failed on " + db + ": " + sql + "\n" + e.getMessage()
              + "\nscript:\n" + script, e);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
