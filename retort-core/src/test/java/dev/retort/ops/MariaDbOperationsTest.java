package dev.retort.ops;

import static dev.retort.ops.SchemaSnapshot.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Operations;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import dev.retort.run.JdbcOperations;
import dev.retort.run.OfflineOperations;
import dev.retort.testkit.MariaDbServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Java revisions' operations on a real MariaDB, online and as an offline script, checked in
 * {@code information_schema}: MySQL restates a column on every change, so each alter must keep
 * what it does not change (default, nullability, comment).
 */
class MariaDbOperationsTest {
  private final Dialect dialect = new MysqlDialect();

  private static Connection newDatabase() throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    return DriverManager.getConnection(server.jdbcUrl(server.newDatabase()));
  }

  /** The scenario: what it leaves is asserted below, online and offline alike. */
  private static void scenario(Operations op) {
    op.createTable(Table.named("users")
        .column(Column.of("id", Type.BIGINT).primaryKey().generatedByDefaultAsIdentity())
        .column(Column.of("email", Type.varchar(320)).notNull().unique())
        .column(Column.of("active", Type.BOOLEAN).notNull().defaultSql("TRUE"))
        .column(Column.of("created_at", Type.TIMESTAMPTZ).defaultSql("CURRENT_TIMESTAMP"))
        .column(Column.of("score", Type.DOUBLE))
        .column(Column.of("prefs", Type.JSON))
        .column(Column.of("rank", Type.INTEGER))
        .check(CheckConstraint.named("ck_users_score", "score >= 0")));
    op.createTable(Table.named("users").column(Column.of("id", Type.BIGINT)).ifNotExists());
    op.createTable(Table.named("orders")
        .column(Column.of("id", Type.INTEGER).primaryKey())
        .column(Column.of("user_id", Type.BIGINT).notNull().references("users", "id"))
        .column(Column.of("qty", Type.INTEGER).notNull().defaultSql("1"))
        .column(Column.of("price", Type.numeric(10, 2)))
        .column(Column.of("note", Type.varchar(100))));
    op.bulkInsert("users", List.of(row("id", 1L, "email", "o'brien@example.com", "active", true, "score", 1.5),
        row("id", 2L, "email", "back\\slash@example.com", "active", false, "score", null)));
    op.bulkInsert("orders", List.of(row("id", 10, "user_id", 1L, "qty", 2, "price", new BigDecimal("9.99"), "note", "a")));
    op.setColumnComment("orders", "qty", "how many, it's a count");
    op.setTableComment("orders", "one row per order");
    op.alterColumn("orders", "qty", ColumnChange.change().defaultSql("5"));
    op.alterColumn("orders", "note", ColumnChange.change().type(Type.varchar(200)).nullable(false).defaultSql("''"));
    op.alterColumn("orders", "price", ColumnChange.change().renameTo("amount"));
    op.addColumn("orders", Column.of("status", Type.varchar(20)).notNull().defaultSql("'new'"));
    op.addColumnIfNotExists("orders", Column.of("status", Type.varchar(20)));
    op.createIndex(Index.on("orders", "note(10)", "qty DESC").named("ix_orders_note").ifNotExists());
    op.createIndex(Index.on("orders", "note(10)", "qty DESC").named("ix_orders_note").ifNotExists());
    op.createIndex(Index.on("orders", "status").named("ix_orders_status").concurrently());
    op.createUniqueConstraint("orders", UniqueConstraint.named("uq_orders_user_note", "user_id", "note").ifNotExists());
    op.createUniqueConstraint("orders", UniqueConstraint.named("uq_orders_user_note", "user_id", "note").ifNotExists());
    op.createCheckConstraint("orders", CheckConstraint.named("ck_orders_qty", "qty > 0").ifNotExists());
    op.createCheckConstraint("orders", CheckConstraint.named("ck_orders_qty", "qty > 0").ifNotExists());
    op.createForeignKey("orders", ForeignKey.named("fk_orders_user").columns("user_id").references("users", "id")
        .onDelete("CASCADE").ifNotExists());
    op.createForeignKey("orders", ForeignKey.named("fk_orders_user").columns("user_id").references("users", "id")
        .onDelete("CASCADE").ifNotExists());
    op.dropConstraint("orders", "fk_orders_user");
    op.dropConstraintIfExists("orders", "fk_orders_user");
    op.dropConstraint("users", "ck_users_score");
    op.dropIndexIfExists("orders", "ix_gone");
    op.dropColumnIfExists("orders", "gone");
    op.createView("big_orders", "SELECT id, qty FROM orders WHERE qty > 1");
    op.createOrReplaceView("big_orders", "SELECT id, qty, amount FROM orders WHERE qty > 1");
  }

  private static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }

  private static void assertScenario(Connection c) throws SQLException {
    assertThat(rows(c, "SELECT column_name, column_type, is_nullable, column_default, column_comment"
        + " FROM information_schema.columns WHERE table_schema = database() AND table_name = 'orders'"
        + " ORDER BY ordinal_position")).containsExactly(
        List.of("id", "int(11)", "NO", "null", ""),
        List.of("user_id", "bigint(20)", "NO", "null", ""),
        List.of("qty", "int(11)", "NO", "5", "how many, it's a count"),
        List.of("amount", "decimal(10,2)", "YES", "NULL", ""),
        List.of("note", "varchar(200)", "NO", "''", ""),
        List.of("status", "varchar(20)", "NO", "'new'", ""));
    assertThat(rows(c, "SELECT table_comment FROM information_schema.tables WHERE table_schema = database()"
        + " AND table_name = 'orders'")).containsExactly(List.of("one row per order"));
    assertThat(rows(c, "SELECT table_name, constraint_name, constraint_type FROM information_schema.table_constraints"
        + " WHERE table_schema = database()")).containsExactlyInAnyOrder(
        List.of("orders", "PRIMARY", "PRIMARY KEY"),
        List.of("orders", "ck_orders_qty", "CHECK"),
        List.of("orders", "orders_user_id_fkey", "FOREIGN KEY"),
        List.of("orders", "uq_orders_user_note", "UNIQUE"),
        List.of("users", "PRIMARY", "PRIMARY KEY"),
        List.of("users", "prefs", "CHECK"),
        List.of("users", "users_email_key", "UNIQUE"));
    assertThat(rows(c, "SELECT index_name, column_name, sub_part, collation FROM information_schema.statistics"
        + " WHERE table_schema = database() AND table_name = 'orders' AND index_name LIKE 'ix%'"
        + " ORDER BY index_name, seq_in_index")).containsExactly(
        List.of("ix_orders_note", "note", "10", "A"), List.of("ix_orders_note", "qty", "null", "D"),
        List.of("ix_orders_status", "status", "null", "A"));
    assertThat(rows(c, "SELECT column_name, column_type, extra, column_default FROM information_schema.columns"
        + " WHERE table_schema = database() AND table_name = 'users' AND column_name IN ('id', 'created_at', 'rank')"
        + " ORDER BY ordinal_position")).containsExactly(
        List.of("id", "bigint(20)", "auto_increment", "null"),
        List.of("created_at", "timestamp(6)", "", "current_timestamp(6)"),
        List.of("rank", "int(11)", "", "NULL"));
    assertThat(rows(c, "SELECT email FROM users ORDER BY id"))
        .containsExactly(List.of("o'brien@example.com"), List.of("back\\slash@example.com"));
    assertThat(rows(c, "SELECT id, qty, amount FROM big_orders")).containsExactly(List.of("10", "2", "9.99"));
  }

  @Test
  void scenario_online_leavesTheSchemaItDescribes() throws SQLException {
    try (Connection c = newDatabase()) {
      scenario(new JdbcOperations(c, dialect, "aaaa0001"));
      assertScenario(c);
    }
  }

  @Test
  void scenario_offlineScript_givesTheSameSchemaAsOnline() throws SQLException {
    StringBuilder script = new StringBuilder();
    try (Connection scratch = newDatabase()) {
      scenario(new OfflineOperations(dialect, scratch, script, "aaaa0001"));
    }
    assertThat(script.toString())
        .contains("'back\\\\slash@example.com'")
        .contains("MODIFY COLUMN qty int(11) NOT NULL DEFAULT 5 COMMENT 'how many, it''s a count'")
        .contains("CREATE INDEX ix_orders_status ON orders (status) ALGORITHM = INPLACE LOCK = NONE")
        .contains("`rank` INT");
    try (Connection fresh = newDatabase(); Connection online = newDatabase()) {
      SchemaSnapshot.runScript(fresh, script.toString());
      assertScenario(fresh);
      scenario(new JdbcOperations(online, dialect, "aaaa0001"));
      ReflectOptions all = ReflectOptions.excluding();
      assertThat(dialect.reflector().reflect(new JdbcSchemaLookup(fresh), all))
          .isEqualTo(dialect.reflector().reflect(new JdbcSchemaLookup(online), all));
    }
  }

  @Test
  void dropIndex_thatAForeignKeyNeeds_givesTheKeyAnIndexOfItsOwnFirst() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(Table.named("p").column(Column.of("id", Type.INTEGER).primaryKey()));
      op.createTable(Table.named("c").column(Column.of("id", Type.INTEGER).primaryKey())
          .column(Column.of("p_id", Type.INTEGER)).column(Column.of("x", Type.INTEGER)));
      op.createIndex(Index.on("c", "p_id", "x").named("ix_c_p"));
      op.createForeignKey("c", ForeignKey.named("fk_c_p").columns("p_id").references("p", "id"));
      op.dropIndex("c", "ix_c_p");
      assertThat(rows(c, "SELECT index_name, column_name FROM information_schema.statistics WHERE table_schema = database()"
          + " AND table_name = 'c' AND index_name <> 'PRIMARY'")).containsExactly(List.of("fk_c_p", "p_id"));
      op.dropConstraint("c", "fk_c_p");
      assertThat(rows(c, "SELECT count(*) FROM information_schema.statistics WHERE table_schema = database()"
          + " AND table_name = 'c' AND index_name <> 'PRIMARY'")).containsExactly(List.of("0"));
    }
  }

  @Test
  void dropPrimaryKey_ofAnAutoIncrementColumn_stopsItCounting() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey().generatedByDefaultAsIdentity())
          .column(Column.of("a", Type.INTEGER).defaultSql("3")));
      for (dev.retort.dialect.CompiledStatement s : dialect.ddl().compile(new Op.DropPrimaryKey("t", null),
          new JdbcSchemaLookup(c))) {
        try (java.sql.Statement st = c.createStatement()) {
          st.execute(s.sql());
        }
      }
      assertThat(rows(c, "SELECT column_name, is_nullable, extra FROM information_schema.columns"
          + " WHERE table_schema = database() AND table_name = 't' ORDER BY ordinal_position"))
          .containsExactly(List.of("id", "NO", ""), List.of("a", "YES", ""));
    }
  }

  @Test
  void whatMysqlLacks_isRefusedWithD004() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey()));
      assertThatThrownBy(() -> op.createIndex(Index.on("t", "id").where("id > 0")))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
          .hasMessageContaining("MySQL has no partial indexes");
      assertThatThrownBy(() -> op.createEnumType("mood", "sad", "ok"))
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("MySQL has no enum types");
      assertThatThrownBy(() -> op.dropConstraint("t", "nope"))
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("table t has no constraint named nope");
      assertThatThrownBy(() -> op.createForeignKey("t", ForeignKey.named("fk").columns("id").references("t", "id").deferrable()))
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("MySQL checks foreign keys at once");
    }
  }
}
