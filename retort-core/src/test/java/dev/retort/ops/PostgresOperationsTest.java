package dev.retort.ops;

import static dev.retort.ops.SchemaSnapshot.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import dev.retort.run.JdbcOperations;
import dev.retort.run.OfflineOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every operation on an embedded PostgreSQL, online and offline, checked by reflection. */
class PostgresOperationsTest {
  @RegisterExtension static final PgServer PG = new PgServer();
  private final Dialect dialect = new PostgresDialect();

  private Connection online() throws SQLException {
    Connection c = PG.newDatabase();
    c.setAutoCommit(false);
    OperationsScenario.run(new JdbcOperations(c, dialect, "aaaa0001"));
    c.commit();
    return c;
  }

  @Test
  void scenario_online_leavesTheSchemaItDescribes() throws SQLException {
    try (Connection c = online()) {
      assertThat(rows(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"))
          .extracting(r -> r.get(0)).containsExactly("order_tags", "orders", "users");
      assertThat(rows(c, "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns"
          + " WHERE table_name = 'orders' ORDER BY ordinal_position")).containsExactly(
          List.of("id", "integer", "NO", "null"),
          List.of("user_id", "bigint", "NO", "null"),
          List.of("qty", "integer", "NO", "5"),
          List.of("price", "numeric", "NO", "null"),
          List.of("status", "character varying", "YES", "null"));
      assertThat(rows(c, "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'users'"
          + " ORDER BY ordinal_position")).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly(
          "id bigint", "email character varying", "active boolean", "created_at timestamp with time zone",
          "rating double precision", "avatar bytea", "prefs jsonb", "ext_id uuid", "nickname text");
      assertThat(rows(c, "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'users' AND indexname LIKE 'ux%'"))
          .containsExactly(List.of("ux_users_active_email",
              "CREATE UNIQUE INDEX ux_users_active_email ON public.users USING btree (email) WHERE active"));
      assertThat(rows(c, "SELECT indexname FROM pg_indexes WHERE tablename = 'orders' ORDER BY 1"))
          .extracting(r -> r.get(0)).containsExactly("orders_pkey");
      assertThat(rows(c, "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
          + " WHERE conrelid IN ('users'::regclass, 'orders'::regclass, 'order_tags'::regclass) ORDER BY conname"))
          .containsExactly(
              List.of("ck_orders_qty", "c", "CHECK ((qty > 0))"),
              List.of("fk_tags_order", "f", "FOREIGN KEY (order_id) REFERENCES orders(id) ON DELETE CASCADE"),
              List.of("orders_pkey", "p", "PRIMARY KEY (id)"),
              List.of("orders_user_id_fkey", "f", "FOREIGN KEY (user_id) REFERENCES users(id)"),
              List.of("tags_pkey", "p", "PRIMARY KEY (id)"),
              List.of("uq_users_nick_email", "u", "UNIQUE (nickname, email)"),
              List.of("users_email_key", "u", "UNIQUE (email)"),
              List.of("users_nickname_key", "u", "UNIQUE (nickname)"),
              List.of("users_pkey", "p", "PRIMARY KEY (id)"));
      assertThat(rows(c, "SELECT id, email, active, rating, encode(avatar, 'hex'), ext_id FROM users ORDER BY id"))
          .containsExactly(
              List.of("1", "ann@example.com", "true", "1.5", "0102ff", OperationsScenario.EXT_ID.toString()),
              List.of("2", "o'brien@example.com", "false", "null", "null", "null"));
      assertThat(rows(c, "SELECT id, user_id, qty, price, status FROM orders ORDER BY id")).containsExactly(
          List.of("10", "1", "2", "9.99", "new"), List.of("11", "2", "20", "5.00", "new"));
    }
  }

  @Test
  void scenario_offlineScript_givesTheSameSchemaAsOnline() throws SQLException {
    List<String> expected;
    try (Connection c = online()) {
      expected = SchemaSnapshot.of(c);
    }
    StringBuilder script = new StringBuilder();
    try (Connection scratch = PG.newDatabase()) {
      OperationsScenario.run(new OfflineOperations(dialect, scratch, script, "aaaa0001"));
      assertThat(SchemaSnapshot.of(scratch)).isEqualTo(expected);
    }
    assertThat(script.toString())
        .contains("VALUES (1, 'ann@example.com', TRUE, 1.5, '\\x0102ff'::bytea, '" + OperationsScenario.EXT_ID + "')")
        .contains("DO $$");
    try (Connection fresh = PG.newDatabase()) {
      SchemaSnapshot.runScript(fresh, script.toString());
      assertThat(SchemaSnapshot.of(fresh)).isEqualTo(expected);
      assertThat(rows(fresh, "SELECT email FROM users ORDER BY id"))
          .containsExactly(List.of("ann@example.com"), List.of("o'brien@example.com"));
    }
  }

  @Test
  void idempotentForms_runTwice_withoutError() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      for (int i = 0; i < 2; i++) {
        op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey())
            .column(Column.of("a", Type.INTEGER)).ifNotExists());
        op.addColumnIfNotExists("t", Column.of("b", Type.TEXT));
        op.createIndex(Index.on("t", "a").ifNotExists());
        op.createUniqueConstraint("t", UniqueConstraint.named("uq_t_b", "b").ifNotExists());
        op.createCheckConstraint("t", CheckConstraint.named("ck_t_a", "a > 0").ifNotExists());
        op.createForeignKey("t", ForeignKey.named("fk_t_self").columns("a").references("t", "id").ifNotExists());
      }
      assertThat(rows(c, "SELECT count(*) FROM pg_constraint WHERE conrelid = 't'::regclass")).containsExactly(List.of("4"));
      for (int i = 0; i < 2; i++) {
        op.dropConstraintIfExists("t", "fk_t_self");
        op.dropIndexIfExists("t", "ix_t_a");
        op.dropColumnIfExists("t", "b");
        op.dropTableIfExists("t");
      }
      assertThat(rows(c, "SELECT to_regclass('t') IS NULL")).containsExactly(List.of("true"));
    }
  }

  @Test
  void createIndexConcurrently_runsInAutocommit() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      c.setAutoCommit(true);
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(OperationsScenario.users());
      op.createIndex(Index.on("users", "created_at").named("ix_users_created").concurrently().ifNotExists());
      op.createIndex(Index.on("users", "created_at").named("ix_users_created").concurrently().ifNotExists());
      assertThat(rows(c, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_users_created'::regclass"))
          .containsExactly(List.of("true"));
      c.setAutoCommit(false);
      assertThatThrownBy(() -> op.createIndex(Index.on("users", "score").concurrently()))
          .isInstanceOf(RetortException.class)
          .hasMessageContaining("createIndex ix_users_score on users failed")
          .hasMessageContaining("CREATE INDEX CONCURRENTLY ix_users_score ON users (score)");
      c.rollback();
    }
  }

  @Test
  void createIndexConcurrently_offline_isWrittenAndRunsOnAnAutocommitScratch() throws SQLException {
    StringBuilder script = new StringBuilder();
    try (Connection scratch = PG.newDatabase()) {
      OfflineOperations op = new OfflineOperations(dialect, scratch, script, "aaaa0001");
      op.createTable(OperationsScenario.users());
      op.createIndex(Index.on("users", "created_at").named("ix_users_created").concurrently());
    }
    assertThat(script.toString()).endsWith("CREATE INDEX CONCURRENTLY ix_users_created ON users (created_at);\n\n");
    try (Connection fresh = PG.newDatabase()) {
      SchemaSnapshot.runScript(fresh, script.toString());
      assertThat(rows(fresh, "SELECT indexname FROM pg_indexes WHERE tablename = 'users' AND indexname LIKE 'ix%'"))
          .containsExactly(List.of("ix_users_created"));
    }
  }

  @Test
  void illegalName_isRefusedWithD003() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect, "aaaa0001");
      assertThatThrownBy(() -> op.addColumn("users", Column.of("e-mail", Type.TEXT)))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D003))
          .hasMessageContaining("illegal column name 'e-mail'");
    }
  }
}
