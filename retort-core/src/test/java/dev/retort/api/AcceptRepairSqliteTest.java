package dev.retort.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** {@code accept} and {@code repair} on a SQLite file. */
class AcceptRepairSqliteTest extends AcceptRepairContract {
  @Override
  Retort retort() {
    return Retort.configure().workingDirectory(dir).url("sqlite:app.db").load();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
  }

  @Override
  List<String> rows(String sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return Rows.read(rs);
    }
  }

  @Override
  void execute(String sql) throws SQLException {
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** Rows as {@code a|b|c} text. */
  static final class Rows {
    private Rows() {}

    static List<String> read(ResultSet rs) throws SQLException {
      List<String> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        rows.add(row.toString());
      }
      return rows;
    }
  }
}
