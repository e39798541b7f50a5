package dev.retort.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** {@code rename-revision} and {@code rewrite-ids} on SQLite files. */
class IdRewriteSqliteTest extends IdRewriteContract {
  private static final String[] FILES = {"app.db", "other.db"};

  @Override
  Retort retort() {
    return Retort.configure().workingDirectory(dir).url("sqlite:" + FILES[0]).load();
  }

  @Override
  Retort second() {
    return Retort.configure().workingDirectory(dir).url("sqlite:" + FILES[1]).load();
  }

  private Connection connect(int database) throws java.sql.SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(FILES[database]));
  }

  @Override
  List<String> rows(int database, String sql) throws Exception {
    try (Connection c = connect(database); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return AcceptRepairSqliteTest.Rows.read(rs);
    }
  }

  @Override
  void execute(int database, String sql) throws Exception {
    try (Connection c = connect(database); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
