package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.ops.Op;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AUTOINCREMENT, generated columns (VIRTUAL and STORED) and foreign-key options round trip on real
 * SQLite files: A to B, reflection equals B, back to A, nothing left to diff.
 */
class SqliteColumnOptionsRoundTripTest {
  @TempDir Path dir;
  private int databases;
  private final RoundTrip trip = new RoundTrip(new SqliteDialect());

  private Connection newDatabase() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("db" + ++databases + ".db"));
  }

  private DiffResult roundTrip(String[] a, String[] b) throws SQLException {
    try (Connection ca = newDatabase(); Connection cb = newDatabase()) {
      RoundTrip.run(ca, a);
      RoundTrip.run(cb, b);
      return trip.check(ca, cb, DiffOptions.none());
    }
  }

  private static String[] ddl(String... statements) {
    return statements;
  }

  @Test
  void autoincrement_addedToAndDroppedFromTheKey() throws SQLException {
    DiffResult up = roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a text)"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY AUTOINCREMENT, a text)"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("alterColumn t.id");
    assertThat(up.warnings()).isEmpty();
  }

  @Test
  void autoincrement_onNewTable() throws SQLException {
    DiffResult up = roundTrip(ddl("CREATE TABLE t (a text)"),
        ddl("CREATE TABLE t (a text)", "CREATE TABLE u (id integer PRIMARY KEY AUTOINCREMENT, name text)"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("createTable u");
  }

  @Test
  void generatedColumns_virtualAndStored_addedChangedAndDropped() throws SQLException {
    DiffResult up = roundTrip(
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer GENERATED ALWAYS AS (a * 2) VIRTUAL,"
            + " c integer GENERATED ALWAYS AS (a + 1) VIRTUAL)", "CREATE INDEX ix_b ON t (b)"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer GENERATED ALWAYS AS (a * 3) VIRTUAL,"
            + " c integer GENERATED ALWAYS AS (a + 1) STORED, d integer GENERATED ALWAYS AS (a - 1) VIRTUAL,"
            + " e integer GENERATED ALWAYS AS (a - 2) STORED)", "CREATE INDEX ix_b ON t (b)"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("dropIndex ix_b on t", "dropColumn t.b",
        "dropColumn t.c", "addColumn t.d", "addColumn t.e", "addColumn t.b", "addColumn t.c", "createIndex ix_b on t");
  }

  @Test
  void foreignKeyOptions_onUpdateAndDeferrable_changed() throws SQLException {
    String parent = "CREATE TABLE p (id integer PRIMARY KEY)";
    DiffResult up = roundTrip(ddl(parent, "CREATE TABLE c (id integer PRIMARY KEY, p1 integer, p2 integer,"
            + " CONSTRAINT fk_1 FOREIGN KEY (p1) REFERENCES p (id),"
            + " CONSTRAINT fk_2 FOREIGN KEY (p2) REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED)"),
        ddl(parent, "CREATE TABLE c (id integer PRIMARY KEY, p1 integer, p2 integer,"
            + " CONSTRAINT fk_1 FOREIGN KEY (p1) REFERENCES p (id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,"
            + " CONSTRAINT fk_2 FOREIGN KEY (p2) REFERENCES p (id) ON UPDATE SET NULL)"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("dropConstraint fk_1 on c",
        "dropConstraint fk_2 on c", "createForeignKey fk_1 on c", "createForeignKey fk_2 on c");
    assertThat(up.warnings()).isEmpty();
  }

  @Test
  void newTables_carryEveryOption() throws SQLException {
    DiffResult up = roundTrip(ddl(),
        ddl("CREATE TABLE p (id integer PRIMARY KEY AUTOINCREMENT, code integer)",
            "CREATE TABLE c (id integer PRIMARY KEY, p_id integer, n integer GENERATED ALWAYS AS (p_id + 1) VIRTUAL,"
                + " s text GENERATED ALWAYS AS ('#' || p_id) STORED,"
                + " CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED)"));
    assertThat(up.warnings()).isEmpty();
  }
}
