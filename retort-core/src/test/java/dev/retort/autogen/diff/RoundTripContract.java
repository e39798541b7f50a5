package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialect;
import dev.retort.ops.Op;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every change kind, upgrade and downgrade, on one dialect: each test writes schema A and schema B
 * as DDL; the upgrade covers "add", the downgrade "drop", and a changed element "alter".
 */
abstract class RoundTripContract {
  protected abstract Dialect dialect();

  /**
   * Tables a and b whose foreign keys fk_a_b and fk_b_a reference each other (SQLite accepts a
   * forward reference in CREATE TABLE, PostgreSQL needs ALTER TABLE).
   */
  protected abstract String[] cycle();

  /** A connection to a new, empty database. */
  protected abstract Connection newDatabase() throws SQLException;

  private DiffResult roundTrip(String[] a, String[] b, DiffOptions options) throws SQLException {
    try (Connection ca = newDatabase(); Connection cb = newDatabase()) {
      RoundTrip.run(ca, a);
      RoundTrip.run(cb, b);
      return new RoundTrip(dialect()).check(ca, cb, options);
    }
  }

  private DiffResult roundTrip(String[] a, String[] b) throws SQLException {
    return roundTrip(a, b, DiffOptions.none());
  }

  private static String[] ddl(String... statements) {
    return statements;
  }

  private static final String USERS = "CREATE TABLE users (id integer PRIMARY KEY, email varchar(320) NOT NULL)";

  @Test
  void tables_createdAndDropped_inForeignKeyOrder() throws SQLException {
    DiffResult up = roundTrip(ddl(), ddl(USERS,
        "CREATE TABLE orders (id integer PRIMARY KEY, user_id integer NOT NULL,"
            + " CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE)",
        "CREATE TABLE items (id integer PRIMARY KEY, order_id integer CONSTRAINT fk_items_order REFERENCES orders (id))"));
    assertThat(up.ops()).extracting(Op::describe)
        .containsExactly("createTable users", "createTable orders", "createTable items");
  }

  @Test
  void columns_addedAndDropped_nullableAndWithDefault() throws SQLException {
    roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a text)"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text, b integer NOT NULL DEFAULT 0, c varchar(20))"));
  }

  @Test
  void column_typeChanged() throws SQLException {
    DiffResult up = roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a varchar(20))"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a varchar(40))"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("alterColumn t.a");
  }

  @Test
  void column_nullabilityChanged() throws SQLException {
    roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a text)"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text NOT NULL)"));
  }

  @Test
  void column_defaultChangedAndDropped() throws SQLException {
    roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a text DEFAULT 'x', b integer)"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text DEFAULT 'y', b integer DEFAULT 7)"));
  }

  @Test
  void indexes_addedDroppedAndChanged() throws SQLException {
    roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a text, b integer)", "CREATE INDEX ix_a ON t (a)",
            "CREATE INDEX ix_gone ON t (b)"),
        ddl(Stream.concat(Stream.of("CREATE TABLE t (id integer PRIMARY KEY, a text, b integer)",
            "CREATE INDEX ix_a ON t (a, b DESC)", "CREATE UNIQUE INDEX ix_new ON t (b)"), partialAndExpressionIndexes())
            .toArray(String[]::new)));
  }

  /**
   * Indexes on table t (columns a text, b integer) that only some databases have: a partial index
   * and an expression index; a dialect without them (H2) returns none.
   */
  protected Stream<String> partialAndExpressionIndexes() {
    return Stream.of("CREATE UNIQUE INDEX ix_partial ON t (b) WHERE b > 0", "CREATE INDEX ix_expr ON t (lower(a))");
  }

  @Test
  void uniqueConstraints_addedDroppedAndChanged() throws SQLException {
    roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, CONSTRAINT uq_a UNIQUE (a),"
            + " CONSTRAINT uq_gone UNIQUE (b))"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text, b integer, CONSTRAINT uq_a UNIQUE (a, b),"
            + " CONSTRAINT uq_new UNIQUE (b, a))"));
  }

  @Test
  void checks_addedDroppedAndChanged() throws SQLException {
    roundTrip(ddl("CREATE TABLE t (id integer PRIMARY KEY, a integer, CONSTRAINT ck_a CHECK (a > 0),"
            + " CONSTRAINT ck_gone CHECK (a < 100))"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a integer, CONSTRAINT ck_a CHECK (a > 1),"
            + " CONSTRAINT ck_new CHECK (a <> 5))"));
  }

  @Test
  void foreignKeys_addedDroppedAndChanged_onExistingTables() throws SQLException {
    String parent = "CREATE TABLE p (id integer PRIMARY KEY, code integer NOT NULL, CONSTRAINT uq_code UNIQUE (code))";
    DiffResult up = roundTrip(ddl(parent, "CREATE TABLE c (id integer PRIMARY KEY, p_id integer, p_code integer,"
            + " CONSTRAINT fk_id FOREIGN KEY (p_id) REFERENCES p (id), CONSTRAINT fk_gone FOREIGN KEY (p_code) REFERENCES p (code))"),
        ddl(parent, "CREATE TABLE c (id integer PRIMARY KEY, p_id integer, p_code integer,"
            + " CONSTRAINT fk_id FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE SET NULL)"));
    assertThat(up.ops()).extracting(Op::describe)
        .containsExactly("dropConstraint fk_gone on c", "dropConstraint fk_id on c", "createForeignKey fk_id on c");
  }

  @Test
  void foreignKeyCycle_brokenByAddingConstraintsLast() throws SQLException {
    DiffResult up = roundTrip(ddl(), cycle());
    assertThat(up.ops()).extracting(Op::describe).containsExactly("createTable a", "createTable b",
        "createForeignKey fk_a_b on a", "createForeignKey fk_b_a on b");
  }

  @Test
  void renames_fromHints_areRenamesNotDropAndAdd() throws SQLException {
    DiffResult up = roundTrip(
        ddl("CREATE TABLE people (id integer, mail text NOT NULL, CONSTRAINT pk_people PRIMARY KEY (id))",
            "CREATE TABLE notes (id integer PRIMARY KEY, person_id integer,"
                + " CONSTRAINT fk_note_person FOREIGN KEY (person_id) REFERENCES people (id))"),
        ddl("CREATE TABLE persons (id integer, email text NOT NULL, CONSTRAINT pk_people PRIMARY KEY (id))",
            "CREATE TABLE notes (id integer PRIMARY KEY, person_id integer,"
                + " CONSTRAINT fk_note_person FOREIGN KEY (person_id) REFERENCES persons (id))"),
        DiffOptions.none().renameTable("people", "persons").renameColumn("persons", "mail", "email"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("renameTable people -> persons", "alterColumn persons.mail");
    assertThat(up.warnings()).isEmpty();
  }

  @Test
  void primaryKey_added() throws SQLException {
    DiffResult up = roundTrip(ddl("CREATE TABLE t (id integer NOT NULL, a integer NOT NULL)"),
        ddl("CREATE TABLE t (id integer NOT NULL, a integer NOT NULL, CONSTRAINT pk_t PRIMARY KEY (id, a))"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("createPrimaryKey [id, a] on t");
  }

  @Test
  void primaryKey_changed() throws SQLException {
    DiffResult up = roundTrip(
        ddl("CREATE TABLE t (id integer NOT NULL, a integer NOT NULL, CONSTRAINT pk_t PRIMARY KEY (id))"),
        ddl("CREATE TABLE t (id integer NOT NULL, a integer NOT NULL, CONSTRAINT pk_t PRIMARY KEY (a, id))"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("dropPrimaryKey on t", "createPrimaryKey [a, id] on t");
  }

  private static final String VT = "CREATE TABLE t (id integer PRIMARY KEY, a varchar(20), b integer)";

  @Test
  void views_addedDroppedAndChanged_viewOverViewCreatedAfterIt() throws SQLException {
    DiffResult up = roundTrip(ddl(VT, "CREATE VIEW v1 AS SELECT id, a FROM t", "CREATE VIEW v_gone AS SELECT id FROM t"),
        ddl(VT, "CREATE VIEW v1 AS SELECT id, a, b FROM t WHERE b > 0", "CREATE VIEW v0_new AS SELECT id FROM v1"));
    assertThat(up.ops()).extracting(Op::describe)
        .containsExactly("dropView v1", "dropView v_gone", "createView v1", "createView v0_new");
  }

  @Test
  void view_overAColumnWhoseTypeChanges_droppedBeforeAndCreatedAfter() throws SQLException {
    String view = "CREATE VIEW v AS SELECT id, a FROM t";
    DiffResult up = roundTrip(ddl(VT, view), ddl("CREATE TABLE t (id integer PRIMARY KEY, a varchar(40), b integer)", view));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("dropView v", "alterColumn t.a", "createView v");
  }

  @Test
  void view_overAnotherTable_keptWhenATableChanges() throws SQLException {
    String u = "CREATE TABLE u (id integer PRIMARY KEY, x integer)";
    String view = "CREATE VIEW vu AS SELECT id, x FROM u";
    DiffResult up = roundTrip(ddl(VT, u, view), ddl("CREATE TABLE t (id integer PRIMARY KEY, a varchar(40), b integer)", u, view));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("alterColumn t.a");
  }

  @Test
  void sameViews_diffToNothing() throws SQLException {
    String[] schema = ddl(VT, "CREATE VIEW v AS SELECT t.id, upper(t.a) AS big, count(*) AS n FROM t GROUP BY t.id, t.a",
        "CREATE VIEW w AS SELECT id FROM v WHERE n > 1");
    assertThat(roundTrip(schema, schema).ops()).isEmpty();
  }

  @Test
  void sameSchema_diffsToNothing() throws SQLException {
    String[] schema = ddl(USERS, "CREATE INDEX ix_email ON users (email)");
    assertThat(roundTrip(schema, schema).ops()).isEmpty();
  }
}
