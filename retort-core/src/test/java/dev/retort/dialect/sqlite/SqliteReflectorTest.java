package dev.retort.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.CountingConnection;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite reflection: DDL applied to a real database file, reflected, compared with a model written by hand. */
class SqliteReflectorTest {
  @TempDir Path dir;

  private Connection database(String... ddl) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("reflect.db"));
    try (Statement st = c.createStatement()) {
      for (String statement : ddl) {
        st.execute(statement);
      }
    }
    return c;
  }

  private static SchemaSnapshot reflect(Connection c, String... excluded) {
    return new SqliteDialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding(excluded));
  }

  private static Table only(SchemaSnapshot snapshot) {
    assertThat(snapshot.schemas()).extracting(Schema::name).containsExactly("main");
    assertThat(snapshot.schemas().get(0).tables()).hasSize(1);
    return snapshot.schemas().get(0).tables().get(0);
  }

  private static ColumnType type(String declared, String normalized) {
    return new ColumnType(declared, normalized);
  }

  @Test
  void reflect_columns_typesNullabilityDefaultsAndPrimaryKey() throws SQLException {
    try (Connection c = database("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " email VARCHAR (320) NOT NULL, score DECIMAL(10, 2) DEFAULT 0.5, note TEXT DEFAULT 'n/a', blob_data)")) {
      assertThat(only(reflect(c))).isEqualTo(Table.builder("users")
          .column(Column.of("id", type("INTEGER", "integer"), true).withIdentity(Identity.AUTOINCREMENT))
          .column(Column.of("email", type("VARCHAR (320)", "varchar(320)"), false))
          .column(Column.of("score", type("DECIMAL(10, 2)", "decimal(10,2)"), true).withDefault("0.5"))
          .column(Column.of("note", type("TEXT", "text"), true).withDefault("'n/a'"))
          .column(Column.of("blob_data", type("", ""), true))
          .primaryKey(new PrimaryKey(null, List.of("id")))
          .build());
    }
  }

  @Test
  void reflect_compositeNamedPrimaryKey_inKeyOrder() throws SQLException {
    try (Connection c = database("CREATE TABLE t (a INT NOT NULL, b INT NOT NULL, CONSTRAINT t_pk PRIMARY KEY (b, a))")) {
      assertThat(only(reflect(c)).primaryKey()).isEqualTo(new PrimaryKey("t_pk", List.of("b", "a")));
    }
  }

  @Test
  void reflect_generatedColumns_virtualAndStored() throws SQLException {
    try (Connection c = database("CREATE TABLE g (a INT, b INT GENERATED ALWAYS AS (a * 2) VIRTUAL,"
        + " c TEXT AS (upper('x' || a)) STORED)")) {
      assertThat(only(reflect(c)).columns()).containsExactly(
          Column.of("a", type("INT", "int"), true),
          Column.of("b", type("INT", "int"), true).withGenerated(new GeneratedColumn("a * 2", false)),
          Column.of("c", type("TEXT", "text"), true).withGenerated(new GeneratedColumn("upper('x' || a)", true)));
    }
  }

  @Test
  void reflect_uniqueConstraints_namedAndUnnamed() throws SQLException {
    try (Connection c = database("CREATE TABLE u (a INT UNIQUE, b INT, c INT, CONSTRAINT u_bc UNIQUE (b, c))")) {
      assertThat(only(reflect(c)).uniqueConstraints()).containsExactly(
          UniqueConstraint.of(null, List.of("a")), UniqueConstraint.of("u_bc", List.of("b", "c")));
    }
  }

  @Test
  void reflect_indexes_uniquePartialExpressionAndDescending() throws SQLException {
    try (Connection c = database("CREATE TABLE t (a INT, b TEXT, c INT)",
        "CREATE INDEX ix_t_a_desc ON t (a DESC, c)",
        "CREATE UNIQUE INDEX ux_t_b ON t (b) WHERE c > 0",
        "CREATE INDEX ix_t_lower ON t (lower(b), a + c DESC)")) {
      assertThat(only(reflect(c)).indexes()).containsExactly(
          new Index("ix_t_a_desc", false, List.of(IndexColumn.desc("a"), IndexColumn.of("c")), null, "btree"),
          new Index("ix_t_lower", false,
              List.of(IndexColumn.expression("lower(b)"), new IndexColumn(null, "a + c", true)), null, "btree"),
          new Index("ux_t_b", true, List.of(IndexColumn.of("b")), "c > 0", "btree"));
    }
  }

  @Test
  void reflect_foreignKeys_actionsDeferrableAndImplicitTarget() throws SQLException {
    try (Connection c = database("CREATE TABLE p (id INTEGER PRIMARY KEY, k1 INT, k2 INT, UNIQUE (k1, k2))",
        "CREATE TABLE ch (id INTEGER PRIMARY KEY, p_id INT REFERENCES p ON DELETE CASCADE, k1 INT, k2 INT,"
            + " CONSTRAINT ch_p_k FOREIGN KEY (k1, k2) REFERENCES p (k1, k2) ON UPDATE SET NULL"
            + " DEFERRABLE INITIALLY DEFERRED)")) {
      Table child = reflect(c).schema("main").orElseThrow().table("ch").orElseThrow();
      assertThat(child.foreignKeys()).containsExactly(
          new ForeignKey(null, List.of("p_id"), "main", "p", List.of("id"), ReferentialAction.CASCADE,
              ReferentialAction.NO_ACTION, false, false),
          new ForeignKey("ch_p_k", List.of("k1", "k2"), "main", "p", List.of("k1", "k2"), ReferentialAction.NO_ACTION,
              ReferentialAction.SET_NULL, true, true));
    }
  }

  @Test
  void reflect_checks_tableAndColumn() throws SQLException {
    try (Connection c = database("CREATE TABLE t (qty INT CHECK (qty > 0), lo INT, hi INT,"
        + " CONSTRAINT t_range CHECK (lo <= hi))")) {
      assertThat(only(reflect(c)).checks()).containsExactly(
          new CheckConstraint(null, "qty > 0"), new CheckConstraint("t_range", "lo <= hi"));
    }
  }

  @Test
  void reflect_views_definitionAfterAs() throws SQLException {
    try (Connection c = database("CREATE TABLE t (a INT)", "CREATE VIEW v_a (x) AS SELECT a FROM t WHERE a > 1")) {
      assertThat(reflect(c).schemas().get(0).views()).containsExactly(new View("v_a", "SELECT a FROM t WHERE a > 1", null));
    }
  }

  @Test
  void reflect_excludedTables_areLeftOut() throws SQLException {
    try (Connection c = database("CREATE TABLE retort_version (version_num VARCHAR(255) NOT NULL PRIMARY KEY)",
        "CREATE TABLE retort_history (id INTEGER PRIMARY KEY AUTOINCREMENT, revision TEXT)",
        "CREATE TABLE kept (id INT)")) {
      assertThat(reflect(c, "retort_version", "main.RETORT_HISTORY").schemas().get(0).tables())
          .extracting(Table::name).containsExactly("kept");
    }
  }

  @Test
  void reflect_quotedNamesAndWithoutRowid() throws SQLException {
    try (Connection c = database("CREATE TABLE \"order line\" (\"Key\" TEXT NOT NULL, \"the qty\" INT"
        + " CONSTRAINT \"qty pos\" CHECK (\"the qty\" > 0), PRIMARY KEY (\"Key\")) WITHOUT ROWID",
        "CREATE INDEX \"ix, odd\" ON \"order line\" (\"the qty\", substr(\"Key\", 1, 2))")) {
      assertThat(only(reflect(c))).isEqualTo(Table.builder("order line")
          .column(Column.of("Key", type("TEXT", "text"), false))
          .column(Column.of("the qty", type("INT", "int"), true))
          .primaryKey(new PrimaryKey(null, List.of("Key")))
          .check(new CheckConstraint("qty pos", "\"the qty\" > 0"))
          .index(new Index("ix, odd", false,
              List.of(IndexColumn.of("the qty"), IndexColumn.expression("substr(\"Key\", 1, 2)")), null, "btree"))
          .build());
    }
  }

  @Test
  void reflect_virtualTables_leftOutWithTheirShadowTables() throws SQLException {
    try (Connection c = database("CREATE VIRTUAL TABLE docs USING fts5(title, body)", "CREATE TABLE docs_archive (id INT)")) {
      assertThat(only(reflect(c))).isEqualTo(Table.builder("docs_archive").column(Column.of("id", type("INT", "int"), true)).build());
    }
  }

  @Test
  void reflect_manyTables_inAFixedNumberOfQueries() throws SQLException {
    try (Connection c = database("CREATE TABLE t0 (id INTEGER PRIMARY KEY)")) {
      CountingConnection one = CountingConnection.wrap(c);
      new SqliteDialect().reflector().reflect(new JdbcSchemaLookup(one.connection()), ReflectOptions.excluding());
      try (Statement st = c.createStatement()) {
        for (int i = 1; i < 50; i++) {
          st.execute("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, p INT REFERENCES t" + (i - 1) + ", n TEXT UNIQUE)");
          st.execute("CREATE INDEX ix_t" + i + " ON t" + i + " (n, p)");
        }
      }
      CountingConnection fifty = CountingConnection.wrap(c);
      SchemaSnapshot snapshot =
          new SqliteDialect().reflector().reflect(new JdbcSchemaLookup(fifty.connection()), ReflectOptions.excluding());
      assertThat(fifty.statements()).hasSize(5).isEqualTo(one.statements());
      assertThat(snapshot.schemas().get(0).tables()).hasSize(50);
    }
  }

  @Test
  void reflect_twice_givesEqualModels() throws SQLException {
    try (Connection c = database("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT UNIQUE)",
        "CREATE TABLE z (id INT, p INT REFERENCES p (id), CHECK (id > 0), UNIQUE (p, id))",
        "CREATE INDEX z_p ON z (p)", "CREATE VIEW vz AS SELECT * FROM z")) {
      SchemaSnapshot first = reflect(c);
      assertThat(reflect(c)).isEqualTo(first);
      assertThat(first.schemas().get(0).tables()).extracting(Table::name).containsExactly("p", "z");
    }
  }
}
