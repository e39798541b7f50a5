package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compilers are pure: ops in, SQL out; the schema only through a SchemaLookup (a fake here). */
class DdlCompilerTest {
  private final DdlCompiler pg = new PostgresDialect().ddl();
  private final DdlCompiler sqlite = new SqliteDialect().ddl();

  private static List<String> sql(DdlCompiler compiler, Op op, SchemaLookup lookup) {
    return compiler.compile(op, lookup).stream().map(compiler::inline).toList();
  }

  private static Table typed() {
    Table t = Table.named("t");
    for (Type type : List.of(Type.INTEGER, Type.BIGINT, Type.SMALLINT, Type.BOOLEAN, Type.TEXT, Type.DATE, Type.TIMESTAMP,
        Type.TIMESTAMPTZ, Type.DOUBLE, Type.BLOB, Type.JSON, Type.JSONB, Type.UUID, Type.varchar(10), Type.numeric(8, 3),
        Type.of("tsvector"))) {
      t = t.column(Column.of("c_" + t.columns().size(), type));
    }
    return t;
  }

  @Test
  void createTable_portableTypes_renderPerDialect() {
    assertThat(sql(pg, new Op.CreateTable(typed()), SchemaLookup.none())).containsExactly("CREATE TABLE t (\n    "
        + "c_0 INTEGER,\n    c_1 BIGINT,\n    c_2 SMALLINT,\n    c_3 BOOLEAN,\n    c_4 TEXT,\n    c_5 DATE,\n    "
        + "c_6 TIMESTAMP,\n    c_7 TIMESTAMPTZ,\n    c_8 DOUBLE PRECISION,\n    c_9 BYTEA,\n    c_10 JSON,\n    "
        + "c_11 JSONB,\n    c_12 UUID,\n    c_13 VARCHAR(10),\n    c_14 NUMERIC(8, 3),\n    c_15 tsvector\n)");
    assertThat(sql(sqlite, new Op.CreateTable(typed()), SchemaLookup.none())).containsExactly("CREATE TABLE t (\n    "
        + "c_0 INTEGER,\n    c_1 INTEGER,\n    c_2 SMALLINT,\n    c_3 BOOLEAN,\n    c_4 TEXT,\n    c_5 DATE,\n    "
        + "c_6 TIMESTAMP,\n    c_7 TEXT,\n    c_8 REAL,\n    c_9 BLOB,\n    c_10 TEXT,\n    "
        + "c_11 TEXT,\n    c_12 TEXT,\n    c_13 VARCHAR(10),\n    c_14 NUMERIC(8, 3),\n    c_15 tsvector\n)");
  }

  @Test
  void createTable_constraints_namedAsPostgresNamesThem() {
    Table t = Table.named("orders").ifNotExists()
        .column(Column.of("id", Type.BIGINT)).column(Column.of("line", Type.INTEGER))
        .column(Column.of("user_id", Type.BIGINT).notNull().references("users", "id"))
        .column(Column.of("code", Type.TEXT).unique().defaultSql("'x'"))
        .primaryKey("id", "line")
        .check(CheckConstraint.named("ck_line", "line > 0"))
        .foreignKey(ForeignKey.named("fk_self").columns("user_id").references("users", "id").onDelete("set null"));
    assertThat(sql(pg, new Op.CreateTable(t), SchemaLookup.none())).containsExactly("CREATE TABLE IF NOT EXISTS orders (\n"
        + "    id BIGINT,\n    line INTEGER,\n"
        + "    user_id BIGINT NOT NULL CONSTRAINT orders_user_id_fkey REFERENCES users (id),\n"
        + "    code TEXT DEFAULT 'x' CONSTRAINT orders_code_key UNIQUE,\n"
        + "    PRIMARY KEY (id, line),\n    CONSTRAINT ck_line CHECK (line > 0),\n"
        + "    CONSTRAINT fk_self FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL\n)");
  }

  @Test
  void createTable_unnamedConstraints_renderWithoutConstraintName() {
    Table t = Table.named("t").column(Column.of("a", Type.INTEGER)).column(Column.of("b", Type.INTEGER))
        .unique(new dev.retort.migration.UniqueConstraint(null, List.of("a", "b"), false))
        .check(new CheckConstraint(null, "a > 0", false))
        .foreignKey(new ForeignKey(null, List.of("b"), "p", List.of("id"), null, false));
    assertThat(sql(pg, new Op.CreateTable(t), SchemaLookup.none())).containsExactly("CREATE TABLE t (\n    a INTEGER,\n"
        + "    b INTEGER,\n    UNIQUE (a, b),\n    CHECK (a > 0),\n    FOREIGN KEY (b) REFERENCES p (id)\n)");
  }

  @Test
  void postgres_alterTypeAndDropDefault_defaultDroppedOnceBeforeTheType() {
    assertThat(sql(pg, new Op.AlterColumn("t", "a", ColumnChange.change().type(Type.INTEGER).dropDefault()),
        SchemaLookup.none())).containsExactly("ALTER TABLE t ALTER COLUMN a DROP DEFAULT",
        "ALTER TABLE t ALTER COLUMN a TYPE INTEGER USING a::INTEGER");
  }

  @Test
  void postgres_primaryKey_addedAndDroppedByName() {
    assertThat(sql(pg, new Op.CreatePrimaryKey("t", "pk_t", List.of("a", "b")), SchemaLookup.none()))
        .containsExactly("ALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY (a, b)");
    assertThat(sql(pg, new Op.CreatePrimaryKey("t", null, List.of("a")), SchemaLookup.none()))
        .containsExactly("ALTER TABLE t ADD PRIMARY KEY (a)");
    assertThat(sql(pg, new Op.DropPrimaryKey("t", "t_pkey"), SchemaLookup.none()))
        .containsExactly("ALTER TABLE t DROP CONSTRAINT t_pkey");
    assertThatThrownBy(() -> pg.compile(new Op.DropPrimaryKey("t", null), SchemaLookup.none()))
        .isInstanceOf(UnrenderableOperationException.class).hasMessageContaining("by its constraint name");
  }

  @Test
  void addConstraint_unnamedOnlyIfMissing_refusedByBoth() {
    Op op = new Op.CreateCheckConstraint("t", new CheckConstraint(null, "a > 0", true));
    for (DdlCompiler compiler : List.of(pg, sqlite)) {
      assertThatThrownBy(() -> compiler.compile(op, SchemaLookup.none()))
          .isInstanceOf(UnrenderableOperationException.class).hasMessageContaining("unnamed constraint");
    }
  }

  @Test
  void postgres_alterColumnAndIdempotentConstraint() {
    assertThat(sql(pg, new Op.AlterColumn("t", "a", ColumnChange.change().type(Type.BIGINT).nullable(false)
        .defaultSql("0").renameTo("b")), SchemaLookup.none())).containsExactly(
        "ALTER TABLE t ALTER COLUMN a DROP DEFAULT",
        "ALTER TABLE t ALTER COLUMN a TYPE BIGINT USING a::BIGINT",
        "ALTER TABLE t ALTER COLUMN a SET NOT NULL",
        "ALTER TABLE t ALTER COLUMN a SET DEFAULT 0",
        "ALTER TABLE t RENAME COLUMN a TO b");
    assertThat(sql(pg, new Op.CreateCheckConstraint("T", CheckConstraint.named("Ck_A", "a > 0").ifNotExists()),
        SchemaLookup.none())).containsExactly("DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'ck_a'"
        + "\n      AND conrelid = to_regclass('t')) THEN\n    ALTER TABLE T ADD CONSTRAINT Ck_A CHECK (a > 0);\n  END IF;\nEND\n$$");
    Index index = Index.on("t", "a", "lower(b)").named("ux_t_a_b").unique().concurrently().ifNotExists().where("a > 0");
    assertThat(sql(pg, new Op.CreateIndex(index), SchemaLookup.none()))
        .containsExactly("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_t_a_b ON t (a, lower(b)) WHERE a > 0");
    assertThat(sql(sqlite, new Op.CreateIndex(index), SchemaLookup.none()))
        .containsExactly("CREATE UNIQUE INDEX IF NOT EXISTS ux_t_a_b ON t (a, lower(b)) WHERE a > 0");
  }

  @Test
  void bulkInsert_bindsOnline_inlinesEscapedLiteralsOffline() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("s", "it's");
    row.put("n", 42);
    row.put("d", new BigDecimal("1.50"));
    row.put("b", true);
    row.put("z", null);
    row.put("x", new byte[] {10});
    Op op = new Op.BulkInsert("t", List.of(row));
    CompiledStatement online = pg.compile(op, SchemaLookup.none()).get(0);
    assertThat(online.sql()).isEqualTo("INSERT INTO t (s, n, d, b, z, x) VALUES (?, ?, ?, ?, ?, ?)");
    assertThat(online.parameters()).hasSize(6).containsSequence("it's", 42, new BigDecimal("1.50"), true, null);
    assertThat(pg.inline(online)).isEqualTo("INSERT INTO t (s, n, d, b, z, x) VALUES ('it''s', 42, 1.50, TRUE, NULL, '\\x0a'::bytea)");
    assertThat(sql(sqlite, op, SchemaLookup.none()))
        .containsExactly("INSERT INTO t (s, n, d, b, z, x) VALUES ('it''s', 42, 1.50, 1, NULL, X'0a')");
  }

  @Test
  void identifiers_otherThanLettersDigitsUnderscore_areRefused() {
    for (Op op : List.of(new Op.DropTable("users; DROP TABLE x", false), new Op.DropColumn("t", "e-mail", false),
        new Op.CreateIndex(Index.on("t", "a").named("1ix")), new Op.DropConstraint("t", "x".repeat(64), false),
        new Op.AddColumn("t", Column.of("a b", Type.TEXT), false))) {
      assertThatThrownBy(() -> pg.compile(op, SchemaLookup.none()))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D003))
          .hasMessageContaining("illegal");
    }
    assertThat(sql(pg, new Op.DropTable("app.users", true), SchemaLookup.none())).containsExactly("DROP TABLE IF EXISTS app.users");
  }

  @Test
  void sqlite_dropColumn_rebuildsFromTheShapeItReads() {
    SchemaLookup fake = (query, params) -> {
      List<List<Object>> rows = new ArrayList<>();
      if (query.contains("pragma_table_info")) {
        rows.add(List.of(1));
      } else if (query.contains("type = 'table'")) {
        rows.add(List.of("t", "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, CONSTRAINT uq_ab UNIQUE (a, b))"));
      } else if (query.contains("'index', 'trigger'")) {
        rows.add(Arrays.asList("index", "CREATE INDEX ix_t_a ON t (a)"));
        rows.add(Arrays.asList("index", "CREATE INDEX ix_t_b ON t (b)"));
      }
      return rows;
    };
    assertThat(sql(sqlite, new Op.DropColumn("t", "a", true), fake)).containsExactly(
        "PRAGMA defer_foreign_keys = ON",
        "DROP TABLE IF EXISTS _retort_tmp_t",
        "CREATE TABLE _retort_tmp_t (\n    id INTEGER PRIMARY KEY,\n    b TEXT\n)",
        "INSERT INTO _retort_tmp_t (id, b) SELECT id, b FROM t",
        "DROP TABLE t",
        "PRAGMA legacy_alter_table = ON",
        "ALTER TABLE _retort_tmp_t RENAME TO t",
        "PRAGMA legacy_alter_table = OFF",
        "CREATE INDEX ix_t_b ON t (b)");
  }
}
