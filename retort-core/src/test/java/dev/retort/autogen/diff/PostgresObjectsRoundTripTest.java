package dev.retort.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.ops.Op;
import dev.retort.ops.PgServer;
import dev.retort.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The round trip of sequences, enum types and comments, which only PostgreSQL has: add (upgrade),
 * drop (downgrade) and alter of each, on embedded PostgreSQL.
 */
class PostgresObjectsRoundTripTest {
  @RegisterExtension static final PgServer PG = new PgServer();
  private final RoundTrip trip = new RoundTrip(new PostgresDialect());

  private DiffResult roundTrip(String[] a, String[] b) throws SQLException {
    try (Connection ca = PG.newDatabase(); Connection cb = PG.newDatabase()) {
      RoundTrip.run(ca, a);
      RoundTrip.run(cb, b);
      return trip.check(ca, cb, DiffOptions.none());
    }
  }

  private static String[] ddl(String... statements) {
    return statements;
  }

  @Test
  void sequences_addedDroppedAndAltered() throws SQLException {
    DiffResult up = roundTrip(ddl("CREATE SEQUENCE s_alter", "CREATE SEQUENCE s_gone"),
        ddl("CREATE SEQUENCE s_alter AS integer INCREMENT BY 5 MAXVALUE 1000 START WITH 20 CACHE 3 CYCLE",
            "CREATE SEQUENCE s_new AS smallint START WITH 100"));
    assertThat(up.ops()).extracting(Op::describe)
        .containsExactly("createSequence s_new", "alterSequence s_alter", "dropSequence s_gone");
    assertThat(up.warnings()).singleElement().asString().contains("sequence s_alter: its range narrows to [1, 1000]")
        .contains("RESTART WITH");
  }

  @Test
  void ownedSequence_createdBeforeTheTableAndOwnedAfter() throws SQLException {
    // START WITH 100 is not what serial gives, so this is a sequence of its own, not a serial column (SerialColumns)
    DiffResult up = roundTrip(ddl(), ddl("CREATE SEQUENCE t_id_seq AS integer START WITH 100",
        "CREATE TABLE t (id integer DEFAULT nextval('t_id_seq') NOT NULL PRIMARY KEY, a text)",
        "ALTER SEQUENCE t_id_seq OWNED BY t.id"));
    assertThat(up.ops()).extracting(Op::describe)
        .containsExactly("createSequence t_id_seq", "createTable t", "alterSequence t_id_seq");
    assertThat(up.warnings()).isEmpty();
    var ddl = new PostgresDialect().ddl();
    assertThat(up.ops().stream().flatMap(op -> ddl.compile(op, dev.retort.dialect.SchemaLookup.none()).stream())
        .map(ddl::inline)).as("docs/autogenerate.md shows this").containsExactly(
        "CREATE SEQUENCE t_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 100 CACHE 1 NO CYCLE",
        "CREATE TABLE t (\n    id integer DEFAULT nextval('t_id_seq'::regclass) NOT NULL PRIMARY KEY,\n    a text\n)",
        "ALTER SEQUENCE t_id_seq OWNED BY t.id");
  }

  @Test
  void ownedSequence_dropped_droppedIfExists() throws SQLException {
    try (Connection a = PG.newDatabase(); Connection b = PG.newDatabase()) {
      RoundTrip.run(a, "CREATE SEQUENCE t_id_seq AS integer START WITH 100",
          "CREATE TABLE t (id integer DEFAULT nextval('t_id_seq') NOT NULL PRIMARY KEY, a text)",
          "ALTER SEQUENCE t_id_seq OWNED BY t.id");
      DiffResult down = SchemaDiff.between(trip.reflect(a), trip.reflect(b));
      assertThat(down.ops()).extracting(Op::describe).containsExactly("dropTable t", "dropSequenceIfExists t_id_seq");
      trip.apply(a, down.ops());
      assertThat(trip.reflect(a)).isEqualTo(trip.reflect(b));
    }
  }

  @Test
  void enumTypes_createdBeforeTheirColumnsAndDroppedAfter() throws SQLException {
    DiffResult up = roundTrip(
        ddl("CREATE TYPE mood AS ENUM ('sad', 'ok')", "CREATE TYPE gone AS ENUM ('x')",
            "CREATE TABLE t (id integer PRIMARY KEY, g gone)"),
        ddl("CREATE TYPE mood AS ENUM ('sad', 'ok')", "CREATE TYPE fresh AS ENUM ('a', 'b''s')",
            "CREATE TABLE t (id integer PRIMARY KEY, f fresh NOT NULL DEFAULT 'a')",
            "CREATE TABLE u (id integer PRIMARY KEY, m mood, f fresh)"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("createEnumType fresh [a, b's]", "createTable u",
        "addColumn t.f", "dropColumn t.g", "dropEnumType gone");
  }

  @Test
  void enumValues_added_inPlaceBeforeAndAfter_andTheirRemovalIsAWarningWithTheRecipe() throws SQLException {
    try (Connection a = PG.newDatabase(); Connection b = PG.newDatabase()) {
      RoundTrip.run(a, "CREATE TYPE mood AS ENUM ('sad', 'ok')", "CREATE TABLE t (id integer PRIMARY KEY, m mood)");
      RoundTrip.run(b, "CREATE TYPE mood AS ENUM ('meh', 'bad', 'sad', 'fine', 'ok', 'great')",
          "CREATE TABLE t (id integer PRIMARY KEY, m mood)");
      SchemaSnapshot before = trip.reflect(a);
      SchemaSnapshot wanted = trip.reflect(b);
      DiffResult up = SchemaDiff.between(before, wanted);
      assertThat(up.ops()).extracting(Op::describe).containsExactly("addEnumValue mood 'fine' after 'sad'",
          "addEnumValue mood 'great' after 'ok'", "addEnumValue mood 'bad' before 'sad'", "addEnumValue mood 'meh' before 'bad'");
      trip.apply(a, up.ops());
      assertThat(trip.reflect(a)).isEqualTo(wanted);
      DiffResult down = SchemaDiff.between(wanted, before);
      assertThat(down.ops()).isEmpty();
      assertThat(down.warnings()).singleElement().asString()
          .contains("enum type mood: value(s) [meh, bad, fine, great] are removed")
          .contains("ALTER TYPE mood RENAME TO mood_old; CREATE TYPE mood AS ENUM ('sad', 'ok')")
          .contains("USING <column>::text::mood");
    }
  }

  @Test
  void enumValues_reordered_warningOnly() throws SQLException {
    try (Connection a = PG.newDatabase(); Connection b = PG.newDatabase()) {
      RoundTrip.run(a, "CREATE TYPE mood AS ENUM ('sad', 'ok')");
      RoundTrip.run(b, "CREATE TYPE mood AS ENUM ('ok', 'sad')");
      DiffResult up = SchemaDiff.between(trip.reflect(a), trip.reflect(b));
      assertThat(up.ops()).isEmpty();
      assertThat(up.warnings()).singleElement().asString().contains("enum type mood: its values are reordered");
    }
  }

  @Test
  void comments_onTablesColumnsAndViews_setChangedAndRemoved() throws SQLException {
    DiffResult up = roundTrip(
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text, b text)", "COMMENT ON TABLE t IS 'old'",
            "COMMENT ON COLUMN t.a IS 'gone'", "CREATE VIEW v AS SELECT id FROM t", "COMMENT ON VIEW v IS 'the view'"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text, b text)", "COMMENT ON TABLE t IS 'new'",
            "COMMENT ON COLUMN t.b IS 'it''s b'", "CREATE VIEW v AS SELECT id FROM t", "COMMENT ON VIEW v IS 'the view, 2'",
            "CREATE TABLE u (id integer PRIMARY KEY, x text)", "COMMENT ON TABLE u IS 'fresh'", "COMMENT ON COLUMN u.x IS 'x'"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("createTable u", "setComment view v",
        "setComment table t", "dropComment column t.a", "setComment column t.b", "setComment table u",
        "setComment column u.x");
  }

  @Test
  void view_recreated_keepsItsComment() throws SQLException {
    DiffResult up = roundTrip(
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text)", "CREATE VIEW v AS SELECT id FROM t", "COMMENT ON VIEW v IS 'c'"),
        ddl("CREATE TABLE t (id integer PRIMARY KEY, a text)", "CREATE VIEW v AS SELECT id, a FROM t",
            "COMMENT ON VIEW v IS 'c'"));
    assertThat(up.ops()).extracting(Op::describe).containsExactly("dropView v", "createView v", "setComment view v");
  }

  @Test
  void sameObjects_diffToNothing() throws SQLException {
    String[] schema = ddl("CREATE TYPE mood AS ENUM ('sad', 'ok')", "CREATE SEQUENCE s START WITH 7 CYCLE",
        "CREATE TABLE t (id bigserial PRIMARY KEY, m mood DEFAULT 'ok', n integer DEFAULT nextval('s'))",
        "COMMENT ON TABLE t IS 'x'", "COMMENT ON COLUMN t.m IS 'y'",
        "CREATE VIEW v AS SELECT t.id, t.m::text AS m, CASE WHEN t.n > 0 THEN 'p' ELSE 'n' END AS sign FROM t");
    assertThat(roundTrip(schema, schema).ops()).isEmpty();
  }
}
