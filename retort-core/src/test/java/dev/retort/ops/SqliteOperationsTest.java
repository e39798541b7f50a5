package dev.retort.ops;

import static dev.retort.ops.SchemaSnapshot.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.Column;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import dev.retort.run.OfflineOperations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operation on SQLite files, online through JdbcOperations and offline through OfflineOperations. */
class SqliteOperationsTest {
  private final Dialect dialect = new SqliteDialect();
  @TempDir Path dir;

  private Connection open(String name) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(name));
  }

  private Connection online() throws SQLException {
    Connection c = open("online.db");
    c.setAutoCommit(false);
    OperationsScenario.run(new JdbcOperations(c, dialect, "aaaa0001"));
    c.commit();
    return c;
  }

  @Test
  void scenario_online_leavesTheSchemaItDescribes() throws SQLException {
    try (Connection c = online()) {
      assertThat(rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
          .extracting(r -> r.get(0)).containsExactly("order_tags", "orders", "users");
      assertThat(rows(c, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('orders')")).containsExactly(
          List.of("id", "INTEGER", "1", "null", "1"),
          List.of("user_id", "INTEGER", "1", "null", "0"),
          List.of("qty", "INTEGER", "1", "5", "0"),
          List.of("price", "NUMERIC(10, 2)", "1", "null", "0"),
          List.of("status", "VARCHAR(20)", "0", "null", "0"));
      assertThat(rows(c, "SELECT name, type FROM pragma_table_info('users')")).extracting(r -> r.get(0) + " " + r.get(1))
          .containsExactly("id INTEGER", "email VARCHAR(320)", "active BOOLEAN", "created_at TEXT", "rating REAL",
              "avatar BLOB", "prefs TEXT", "ext_id TEXT", "nickname TEXT");
      assertThat(rows(c, "SELECT name, \"unique\", partial FROM pragma_index_list('users') WHERE origin = 'c'"))
          .containsExactly(List.of("ux_users_active_email", "1", "1"));
      assertThat(rows(c, "SELECT name FROM pragma_index_list('orders') WHERE origin = 'c'")).isEmpty();
      String usersSql = rows(c, "SELECT sql FROM sqlite_master WHERE name = 'users'").get(0).get(0);
      assertThat(usersSql).contains("CONSTRAINT users_email_key UNIQUE", "CONSTRAINT users_nickname_key UNIQUE",
          "CONSTRAINT uq_users_nick_email UNIQUE (nickname, email)").doesNotContain("ck_users_score");
      String ordersSql = rows(c, "SELECT sql FROM sqlite_master WHERE name = 'orders'").get(0).get(0);
      assertThat(ordersSql).contains("CONSTRAINT ck_orders_qty CHECK (qty > 0)", "REFERENCES users (id)")
          .doesNotContain("note", "uq_orders_user_note");
      assertThat(rows(c, "SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('order_tags')"))
          .containsExactly(List.of("order_id", "orders", "id", "CASCADE"));
      assertThat(rows(c, "SELECT id, email, active, rating, hex(avatar), ext_id FROM users ORDER BY id")).containsExactly(
          List.of("1", "ann@example.com", "1", "1.5", "0102FF", OperationsScenario.EXT_ID.toString()),
          List.of("2", "o'brien@example.com", "0", "null", "", "null"));
      assertThat(rows(c, "SELECT id, user_id, qty, price, status FROM orders ORDER BY id")).containsExactly(
          List.of("10", "1", "2", "9.99", "new"), List.of("11", "2", "20", "5", "new"));
      assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty();
    }
  }

  @Test
  void scenario_offlineScript_givesTheSameSchemaAsOnline() throws SQLException {
    List<String> expected;
    try (Connection c = online()) {
      expected = SchemaSnapshot.of(c);
    }
    StringBuilder script = new StringBuilder();
    try (Connection scratch = open("scratch.db")) {
      OperationsScenario.run(new OfflineOperations(dialect, scratch, script, "aaaa0001"));
      assertThat(SchemaSnapshot.of(scratch)).isEqualTo(expected);
    }
    assertThat(script.toString()).contains("INSERT INTO users (id, email, active, score, avatar, ext_id) VALUES"
        + " (1, 'ann@example.com', 1, 1.5, X'0102ff', '" + OperationsScenario.EXT_ID + "')")
        .contains("'o''brien@example.com', 0, NULL)")
        .contains("CREATE TABLE _retort_tmp_orders");
    try (Connection fresh = open("fresh.db")) {
      SchemaSnapshot.runScript(fresh, script.toString());
      assertThat(SchemaSnapshot.of(fresh)).isEqualTo(expected);
      assertThat(rows(fresh, "SELECT count(*) FROM orders")).containsExactly(List.of("2"));
    }
  }

  @Test
  void idempotentForms_onMissingObjects_doNothing() throws SQLException {
    try (Connection c = open("idem.db")) {
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(OperationsScenario.users());
      for (int i = 0; i < 2; i++) {
        op.dropColumnIfExists("users", "nope");
        op.dropConstraintIfExists("users", "nope");
        op.dropConstraintIfExists("missing_table", "nope");
        op.dropIndexIfExists("users", "nope");
        op.dropTableIfExists("missing_table");
        op.addColumnIfNotExists("users", Column.of("extra", Type.TEXT));
      }
      assertThat(rows(c, "SELECT count(*) FROM pragma_table_info('users')")).containsExactly(List.of("9"));
    }
  }

  @Test
  void dropConstraint_unknownName_isRefusedBeforeAnySql() throws SQLException {
    try (Connection c = open("err.db")) {
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(OperationsScenario.users());
      assertThatThrownBy(() -> op.dropConstraint("users", "ck_nope"))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
          .hasMessageContaining("dropConstraint ck_nope on users: table users has no constraint named ck_nope");
      assertThatThrownBy(() -> op.alterColumn("users", "nope", dev.retort.migration.ColumnChange.change().nullable(false)))
          .hasMessageContaining("table users has no column nope");
    }
  }

  @Test
  void failingStatement_namesRevisionOperationAndStatement() throws SQLException {
    try (Connection c = open("fail.db")) {
      JdbcOperations op = new JdbcOperations(c, dialect, "bbbb0002");
      assertThatThrownBy(() -> op.dropTable("ghosts"))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.V004))
          .hasMessageContaining("revision bbbb0002: dropTable ghosts failed")
          .hasMessageContaining("statement: DROP TABLE ghosts");
    }
  }

  @Test
  void offline_connection_isRefusedNamingTheRevision() throws SQLException {
    try (Connection scratch = open("s.db")) {
      OfflineOperations op = new OfflineOperations(dialect, scratch, new StringBuilder(), "cccc0003");
      assertThatThrownBy(op::connection)
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.V005))
          .hasMessageContaining("Java revision cccc0003 cannot be rendered as SQL: it calls op.connection()");
    }
  }

  @Test
  void jdbcOperations_mixWithConnectionInProgramOrder() throws SQLException {
    try (Connection c = open("mix.db")) {
      c.setAutoCommit(false);
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(OperationsScenario.users());
      try (var st = op.connection().createStatement()) {
        st.execute("INSERT INTO users (id, email) VALUES (7, 'x@example.com')");
      }
      // the rebuild copies the row inserted through connection(): NOT NULL without a default fails on it
      assertThatThrownBy(() -> op.addColumn("users", Column.of("code", Type.TEXT).notNull()))
          .hasMessageContaining("NOT NULL constraint failed");
      op.addColumn("users", Column.of("code", Type.TEXT).unique());
      assertThat(rows(c, "SELECT id, code FROM users")).containsExactly(List.of("7", "null"));
      c.rollback();
      assertThat(rows(c, "SELECT count(*) FROM sqlite_master WHERE name = 'users'")).containsExactly(List.of("0"));
    }
  }
}
