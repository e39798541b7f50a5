package dev.retort.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.scratch.JdbcSchemaReplay;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.ops.Op;
import dev.retort.script.SqlScript;
import dev.retort.script.SqlStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SQL sections: one comment, an optional destructive marker and the statements per operation. */
class SqlRevisionRendererTest {
  private final SqlRevisionRenderer pg = new SqlRevisionRenderer(new PostgresDialect().ddl());

  static Stream<Arguments> postgres() {
    return Stream.of(
        Arguments.of(EveryOp.CREATE_TABLE, """
            -- createTable orders
            CREATE TABLE orders (
                id BIGINT NOT NULL PRIMARY KEY,
                user_id BIGINT NOT NULL CONSTRAINT orders_user_id_fkey REFERENCES users (id),
                total NUMERIC(10, 2) DEFAULT 0,
                note text CONSTRAINT orders_note_key UNIQUE,
                CONSTRAINT ck_orders_total CHECK (total >= 0)
            );
            """),
        Arguments.of(EveryOp.ADD_COLUMN, "-- addColumn users.email\nALTER TABLE users ADD COLUMN email VARCHAR(320);\n"),
        Arguments.of(EveryOp.ALTER_COLUMN, """
            -- alterColumn users.name
            -- retort:destructive values of users.name that do not fit the new type TEXT
            ALTER TABLE users ALTER COLUMN name TYPE TEXT USING name::TEXT;
            """),
        Arguments.of(EveryOp.RENAME_COLUMN, "-- alterColumn users.name\nALTER TABLE users RENAME COLUMN name TO full_name;\n"),
        Arguments.of(EveryOp.CREATE_INDEX,
            "-- createIndex ix_users_email on users\nCREATE UNIQUE INDEX ix_users_email ON users (email);\n"),
        Arguments.of(EveryOp.CREATE_UNIQUE, "-- createUniqueConstraint uq_users_age on users\n"
            + "ALTER TABLE users ADD CONSTRAINT uq_users_age UNIQUE (age);\n"),
        Arguments.of(EveryOp.CREATE_CHECK, "-- createCheckConstraint ck_users_age on users\n"
            + "ALTER TABLE users ADD CONSTRAINT ck_users_age CHECK (age > 0);\n"),
        Arguments.of(EveryOp.CREATE_FK, "-- createForeignKey fk_users_boss on users\nALTER TABLE users ADD CONSTRAINT"
            + " fk_users_boss FOREIGN KEY (boss_id) REFERENCES users (id) ON DELETE SET NULL;\n"),
        Arguments.of(EveryOp.DROP_CONSTRAINT, "-- dropConstraintIfExists ck_users_age on users\n"
            + "ALTER TABLE IF EXISTS users DROP CONSTRAINT IF EXISTS ck_users_age;\n"),
        Arguments.of(EveryOp.DROP_INDEX, "-- dropIndexIfExists ix_users_email on users\nDROP INDEX IF EXISTS ix_users_email;\n"),
        Arguments.of(EveryOp.DROP_COLUMN, """
            -- dropColumnIfExists users.age
            -- retort:destructive column users.age and its values
            ALTER TABLE IF EXISTS users DROP COLUMN IF EXISTS age;
            """),
        Arguments.of(EveryOp.RENAME_TABLE, "-- renameTable orders -> purchases\nALTER TABLE orders RENAME TO purchases;\n"),
        Arguments.of(EveryOp.DROP_TABLE, """
            -- dropTableIfExists purchases
            -- retort:destructive table purchases and all its rows
            DROP TABLE IF EXISTS purchases;
            """),
        Arguments.of(EveryOp.EXECUTE, "-- execute\nCREATE VIEW adults AS SELECT id FROM users WHERE age >= 18;\n"),
        Arguments.of(new Op.ExecuteSql("DROP SEQUENCE IF EXISTS order_no"),
            "-- execute\n-- retort:destructive sequence order_no and its current value\nDROP SEQUENCE IF EXISTS order_no;\n"),
        Arguments.of(EveryOp.BULK_INSERT, "-- bulkInsert users (1 rows)\nINSERT INTO users (id, name) VALUES (1, 'O''Brien');\n"),
        Arguments.of(EveryOp.CREATE_PK,
            "-- createPrimaryKey [id] on users\nALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id);\n"),
        Arguments.of(EveryOp.DROP_PK, "-- dropPrimaryKey on users\nALTER TABLE users DROP CONSTRAINT users_pkey;\n"));
  }

  @ParameterizedTest
  @MethodSource("postgres")
  void postgres_eachOperationKind_commentMarkerAndStatement(Op op, String expected) {
    assertThat(pg.section(new DiffResult(List.of(op), List.of()), SchemaReplay.none())).isEqualTo(expected);
  }

  static Stream<Arguments> postgresSchemaObjects() {
    return Stream.of(
        Arguments.of(EveryOp.CREATE_VIEW, "CREATE VIEW adults AS SELECT id FROM users WHERE age >= 18;"),
        Arguments.of(EveryOp.DROP_VIEW, "DROP VIEW IF EXISTS adults;"),
        Arguments.of(EveryOp.CREATE_SEQUENCE, "CREATE SEQUENCE order_no"),
        Arguments.of(EveryOp.ALTER_SEQUENCE, "ALTER SEQUENCE order_no"),
        Arguments.of(EveryOp.DROP_SEQUENCE,
            "-- retort:destructive sequence order_no and its current value\nDROP SEQUENCE IF EXISTS order_no;"),
        Arguments.of(EveryOp.CREATE_ENUM, "CREATE TYPE mood AS ENUM ('sad', 'ok');"),
        Arguments.of(EveryOp.ADD_ENUM_VALUE, "ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok';"),
        Arguments.of(EveryOp.DROP_ENUM, "DROP TYPE mood;"),
        Arguments.of(EveryOp.SET_COMMENT, "COMMENT ON COLUMN users.age IS 'in years';"));
  }

  @ParameterizedTest
  @MethodSource("postgresSchemaObjects")
  void postgres_viewsSequencesEnumsComments_commentThenStatement(Op op, String statement) {
    String section = pg.section(new DiffResult(List.of(op), List.of()), SchemaReplay.none());
    assertThat(section).startsWith("-- " + IdempotentDrops.of(op).describe() + "\n").contains(statement)
        .endsWith(";\n");
  }

  @Test
  void section_warningsFirstAndBlankLineBetweenOperations() {
    DiffResult diff = new DiffResult(List.of(EveryOp.DROP_COLUMN, EveryOp.ADD_COLUMN),
        List.of("users.age dropped and users.email added: a rename?\nsecond line"));

    assertThat(pg.section(diff, SchemaReplay.none())).isEqualTo("""
        -- warning: users.age dropped and users.email added: a rename?
        -- second line

        -- dropColumnIfExists users.age
        -- retort:destructive column users.age and its values
        ALTER TABLE IF EXISTS users DROP COLUMN IF EXISTS age;

        -- addColumn users.email
        ALTER TABLE users ADD COLUMN email VARCHAR(320);
        """);
  }

  @Test
  void render_emptyDiff_emptySections() {
    DiffResult none = new DiffResult(List.of(), List.of());
    assertThat(pg.render(none, none, SchemaReplay.none())).isEqualTo(RevisionBody.sql("", ""));
  }

  /** Every kind SQLite can run, in an order that applies to {@link EveryOp#USERS}. */
  private static final List<Op> SQLITE_OPS = List.of(EveryOp.CREATE_TABLE, EveryOp.BULK_INSERT, EveryOp.ADD_COLUMN,
      EveryOp.ALTER_COLUMN,
      EveryOp.RENAME_COLUMN, EveryOp.CREATE_INDEX, EveryOp.CREATE_UNIQUE, EveryOp.CREATE_CHECK, EveryOp.CREATE_FK,
      EveryOp.DROP_CONSTRAINT, EveryOp.DROP_INDEX, EveryOp.DROP_COLUMN, EveryOp.RENAME_TABLE, EveryOp.DROP_TABLE,
      EveryOp.EXECUTE, EveryOp.DROP_PK, EveryOp.CREATE_PK);

  @Test
  void sqlite_everyOperationKind_compiledAgainstTheReplayedSchema_andTheSectionApplies() throws SQLException {
    String section;
    try (Connection scratch = users()) {
      section = new SqlRevisionRenderer(new SqliteDialect().ddl())
          .section(new DiffResult(SQLITE_OPS, List.of()), new JdbcSchemaReplay(scratch));
      assertThat(columns(scratch, "users")).containsExactly("id", "full_name", "boss_id", "email");
    }
    for (Op op : SQLITE_OPS) {
      assertThat(section).contains("-- " + IdempotentDrops.of(op).describe() + "\n");
    }
    assertThat(section).contains("-- retort:destructive column users.age and its values\n")
        .contains("-- retort:destructive table purchases and all its rows\nDROP TABLE IF EXISTS purchases;\n");
    try (Connection fresh = users(); Statement st = fresh.createStatement()) {
      for (SqlStatement statement : SqlScript.parse(Path.of("t.sql"), "-- +upgrade\n" + section).upgrade()) {
        st.execute(statement.sql());
      }
      assertThat(columns(fresh, "users")).containsExactly("id", "full_name", "boss_id", "email");
      assertThat(tables(fresh)).containsExactly("users");
    }
  }

  @Test
  void sqlite_replayStartingAtASnapshot_rebuildsTheTableItReads() throws SQLException {
    SqliteDialect sqlite = new SqliteDialect();
    dev.retort.schema.SchemaSnapshot current;
    try (Connection start = users()) {
      current = sqlite.reflector().reflect(new dev.retort.dialect.JdbcSchemaLookup(start),
          dev.retort.dialect.ReflectOptions.excluding());
    }
    try (Connection empty = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      String section = new SqlRevisionRenderer(sqlite.ddl()).section(new DiffResult(List.of(EveryOp.DROP_COLUMN),
          List.of()), JdbcSchemaReplay.startingAt(empty, sqlite, current));

      assertThat(section).startsWith("-- dropColumnIfExists users.age\n-- retort:destructive column users.age");
      assertThat(columns(empty, "users")).containsExactly("id", "name", "boss_id");
    }
  }

  private static Connection users() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement st = c.createStatement()) {
      st.execute(EveryOp.USERS);
    }
    return c;
  }

  static List<String> columns(Connection c, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        names.add(rs.getString("name"));
      }
    }
    return names;
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
