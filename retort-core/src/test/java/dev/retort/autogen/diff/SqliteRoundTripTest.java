package dev.retort.autogen.diff;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The diff round trips on real SQLite files. */
class SqliteRoundTripTest extends RoundTripContract {
  @TempDir Path dir;
  private int databases;

  @Override
  protected Dialect dialect() {
    return new SqliteDialect();
  }

  @Override
  protected String[] cycle() {
    return new String[] {
      "CREATE TABLE a (id integer PRIMARY KEY, b_id integer, CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES b (id))",
      "CREATE TABLE b (id integer PRIMARY KEY, a_id integer, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id))"
    };
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db" + ++databases + ".db"));
  }
}
