package dev.retort.autogen.diff;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.h2.H2Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The diff round trips on real H2 file databases, in H2's default mode. */
class H2RoundTripTest extends RoundTripContract {
  @TempDir Path dir;
  private int databases;

  @Override
  protected Dialect dialect() {
    return new H2Dialect();
  }

  @Override
  protected String[] cycle() {
    return new String[] {
      "CREATE TABLE a (id integer PRIMARY KEY, b_id integer)",
      "CREATE TABLE b (id integer PRIMARY KEY, a_id integer, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id))",
      "ALTER TABLE a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES b (id)"
    };
  }

  /** H2 has neither partial nor expression indexes: a plain unique index and a descending key instead. */
  @Override
  protected String[] specialIndexes() {
    return new String[] {"CREATE UNIQUE INDEX ix_new ON t (b)", "CREATE INDEX ix_expr ON t (b DESC, a)"};
  }

  /** What follows the database path in the URL: H2's default mode here. */
  protected String settings() {
    return "";
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:" + dir.resolve("db" + ++databases) + settings());
  }
}
