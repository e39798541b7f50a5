package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.UnrenderableOperationException;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.migration.Column;
import dev.retort.migration.Operations;
import dev.retort.migration.Sequence;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import dev.retort.run.OfflineOperations;
import dev.retort.schema.EnumType;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Operations calls for views, sequences, enum types and comments, run on real databases and reflected. */
class SchemaObjectOperationsTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static void upgrade(Operations op) {
    op.createEnumType("mood", "sad", "ok");
    op.addEnumValue("mood", "great");
    op.addEnumValueBefore("mood", "meh", "sad");
    op.addEnumValueAfter("mood", "fine", "sad");
    op.createEnumType("gone", "x");
    op.dropEnumType("gone");
    op.createSequence(Sequence.named("order_no").startWith(1000).incrementBy(10));
    op.createTable(Table.named("orders").column(Column.of("no", Type.BIGINT).primaryKey().defaultSql("nextval('order_no')"))
        .column(Column.of("m", Type.of("mood"))));
    op.alterSequence(Sequence.named("order_no").ownedBy("orders", "no").cache(2));
    op.createSequence(Sequence.named("scratch"));
    op.dropSequenceIfExists("scratch");
    op.dropSequenceIfExists("never_was");
    op.createView("big_orders", "SELECT no, m FROM orders WHERE no > 2000");
    op.createOrReplaceView("big_orders", "SELECT no, m FROM orders WHERE no > 3000");
    op.createView("tmp", "SELECT 1 AS one");
    op.dropView("tmp");
    op.dropViewIfExists("tmp");
    op.setTableComment("orders", "one row per order");
    op.setColumnComment("orders", "m", "how it went");
    op.setColumnComment("orders", "no", "x");
    op.setColumnComment("orders", "no", null);
    op.setViewComment("big_orders", "the big ones");
  }

  private static Schema reflect(Dialect dialect, Connection c) {
    return dialect.reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding("retort_version")).schemas().stream()
        .filter(s -> s.name().equals("public") || s.name().equals("main")).findFirst().orElseThrow();
  }

  @Test
  void postgres_online_everyCallLeavesWhatItSays() throws SQLException {
    Dialect dialect = new PostgresDialect();
    try (Connection c = PG.newDatabase()) {
      upgrade(new JdbcOperations(c, dialect, "aaaa0001"));
      Schema s = reflect(dialect, c);
      assertThat(s.enumTypes()).containsExactly(new EnumType("mood", List.of("meh", "sad", "fine", "ok", "great")));
      assertThat(s.sequences()).singleElement().satisfies(q -> {
        assertThat(q.name()).isEqualTo("order_no");
        assertThat(q.start()).isEqualTo(1000);
        assertThat(q.increment()).isEqualTo(10);
        assertThat(q.cache()).isEqualTo(2);
        assertThat(q.ownedBy()).isEqualTo("orders.no");
      });
      assertThat(s.views()).singleElement().satisfies(v -> {
        assertThat(v.name()).isEqualTo("big_orders");
        assertThat(v.definition()).contains("3000");
        assertThat(v.comment()).isEqualTo("the big ones");
      });
      var orders = s.table("orders").orElseThrow();
      assertThat(orders.comment()).isEqualTo("one row per order");
      assertThat(orders.column("m").orElseThrow().comment()).isEqualTo("how it went");
      assertThat(orders.column("m").orElseThrow().type().reported()).isEqualTo("mood");
      assertThat(orders.column("no").orElseThrow().comment()).isNull();
    }
  }

  @Test
  void postgres_offline_scriptRunsOnAnEmptyDatabase() throws SQLException {
    Dialect dialect = new PostgresDialect();
    StringBuilder script = new StringBuilder();
    try (Connection scratch = PG.newDatabase(); Connection target = PG.newDatabase();
        Connection online = PG.newDatabase()) {
      upgrade(new OfflineOperations(dialect, scratch, script, "aaaa0001"));
      assertThat(script.toString()).contains("CREATE TYPE mood AS ENUM ('sad', 'ok');")
          .contains("ALTER TYPE mood ADD VALUE 'fine' AFTER 'sad';")
          .contains("ALTER SEQUENCE order_no CACHE 2 OWNED BY orders.no;")
          .contains("COMMENT ON COLUMN orders.no IS NULL;");
      for (String statement : script.toString().split(";\n\n")) {
        if (!statement.isBlank()) {
          try (var st = target.createStatement()) {
            st.execute(statement);
          }
        }
      }
      upgrade(new JdbcOperations(online, dialect, "aaaa0001"));
      assertThat(reflect(dialect, target)).isEqualTo(reflect(dialect, online));
    }
  }

  @Test
  void sqlite_views_work_andSequencesEnumsCommentsFailWithD004() throws SQLException {
    Dialect dialect = new SqliteDialect();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      Operations op = new JdbcOperations(c, dialect, "aaaa0001");
      op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey()));
      op.createView("v", "SELECT id FROM t");
      op.createOrReplaceView("v", "SELECT id AS ident FROM t");
      op.createView("w", "SELECT 1 AS one");
      op.dropView("w");
      op.dropViewIfExists("w");
      assertThat(reflect(dialect, c).views()).singleElement().satisfies(v -> {
        assertThat(v.name()).isEqualTo("v");
        assertThat(v.definition()).isEqualTo("SELECT id AS ident FROM t");
      });
      assertThatThrownBy(() -> op.createSequence(Sequence.named("s"))).isInstanceOf(UnrenderableOperationException.class)
          .hasMessageContaining("createSequence s: SQLite has no sequences");
      assertThatThrownBy(() -> op.createEnumType("mood", "a")).isInstanceOf(UnrenderableOperationException.class)
          .hasMessageContaining("SQLite has no enum types");
      assertThatThrownBy(() -> op.setTableComment("t", "x")).isInstanceOf(UnrenderableOperationException.class)
          .hasMessageContaining("SQLite has no comments");
    }
  }
}
