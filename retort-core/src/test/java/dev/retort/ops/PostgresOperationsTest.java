package dev.retort.ops;

import static dev.retort.ops.Queries.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.error.RetortException;
import dev.retort.migration.Column;
import dev.retort.migration.Index;
import dev.retort.migration.Operations;
import dev.retort.migration.Sequence;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import dev.retort.run.OfflineOperations;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operations contract on an embedded PostgreSQL, and what only PostgreSQL does: concurrent
 * index builds, columns of an enum type, a sequence behind a default, comments on views.
 */
class PostgresOperationsTest extends OperationsContract {
  @RegisterExtension static final PgServer PG = new PgServer();

  @Override
  protected Dialect dialect() {
    return new PostgresDialect();
  }

  @Override
  protected Connection newDatabase() throws SQLException {
    return PG.newDatabase();
  }

  private static Table users() {
    return Table.named("users").column(Column.of("id", Type.BIGINT).primaryKey())
        .column(Column.of("created_at", Type.TIMESTAMPTZ)).column(Column.of("score", Type.DOUBLE));
  }

  @Test
  void offlineScript_writesPostgresLiterals() throws SQLException {
    assertThat(scenarioScript())
        .contains("VALUES (1, 'o''brien@example.com', TRUE, 1.5, '\\x0001025c27ff'::bytea,"
            + " '0b7e1f3a-58a4-4a44-9a0c-0a8a1e0c1d2e', '1999-12-31')")
        .contains("'back\\slash@example.com', FALSE, NULL)")
        .contains("CREATE TYPE mood AS ENUM ('sad', 'ok');")
        .contains("ALTER TYPE mood ADD VALUE 'fine' AFTER 'sad';")
        .contains("ALTER SEQUENCE order_no CACHE 2 OWNED BY orders.id;")
        .contains("COMMENT ON COLUMN orders.id IS NULL;");
  }

  /** An enum-typed column, a sequence behind a default, a view comment: run online and as a script, reflected alike. */
  private static void typedObjects(Operations op) {
    op.createEnumType("mood", "sad", "ok");
    op.createSequence(Sequence.named("order_no").startWith(1000));
    op.createTable(Table.named("orders").column(Column.of("no", Type.BIGINT).primaryKey().defaultSql("nextval('order_no')"))
        .column(Column.of("m", Type.of("mood"))));
    op.createView("sad_orders", "SELECT no, m FROM orders WHERE m = 'sad'");
    op.setViewComment("sad_orders", "the sad ones");
  }

  private Schema reflect(Connection c) {
    return dialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding()).schema("public").orElseThrow();
  }

  @Test
  void enumColumn_sequenceDefault_andViewComment_onlineAndOffline() throws SQLException {
    StringBuilder script = new StringBuilder();
    try (Connection online = PG.newDatabase(); Connection scratch = PG.newDatabase(); Connection fresh = PG.newDatabase()) {
      typedObjects(new JdbcOperations(online, dialect(), "aaaa0001"));
      Schema s = reflect(online);
      var orders = s.table("orders").orElseThrow();
      assertThat(orders.column("m").orElseThrow().type().reported()).isEqualTo("mood");
      assertThat(orders.column("no").orElseThrow().defaultExpression()).contains("nextval('order_no'");
      assertThat(s.views()).singleElement().satisfies(v -> assertThat(v.comment()).isEqualTo("the sad ones"));
      try (var st = online.createStatement()) {
        st.execute("INSERT INTO orders (m) VALUES ('sad')");
      }
      assertThat(rows(online, "SELECT no, m FROM sad_orders")).containsExactly(List.of("1000", "sad"));

      typedObjects(new OfflineOperations(dialect(), scratch, script, "aaaa0001"));
      Queries.runScript(fresh, script.toString());
      assertThat(reflect(fresh).views()).isEqualTo(s.views());
      assertThat(reflect(fresh).table("orders")).isEqualTo(s.table("orders"));
    }
  }

  @Test
  void createIndexConcurrently_runsInAutocommit() throws SQLException {
    try (Connection c = PG.newDatabase()) {
      c.setAutoCommit(true);
      JdbcOperations op = new JdbcOperations(c, dialect(), "aaaa0001");
      op.createTable(users());
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
      OfflineOperations op = new OfflineOperations(dialect(), scratch, script, "aaaa0001");
      op.createTable(users());
      op.createIndex(Index.on("users", "created_at").named("ix_users_created").concurrently());
    }
    assertThat(script.toString()).endsWith("CREATE INDEX CONCURRENTLY ix_users_created ON users (created_at);\n\n");
    try (Connection fresh = PG.newDatabase()) {
      Queries.runScript(fresh, script.toString());
      assertThat(rows(fresh, "SELECT indexname FROM pg_indexes WHERE tablename = 'users' AND indexname LIKE 'ix%'"))
          .containsExactly(List.of("ix_users_created"));
    }
  }
}
