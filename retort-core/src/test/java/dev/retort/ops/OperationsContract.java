package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Capabilities;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.Index;
import dev.retort.migration.Operations;
import dev.retort.migration.Sequence;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.run.JdbcOperations;
import dev.retort.run.OfflineOperations;
import dev.retort.schema.EnumType;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@link Operations} on one dialect, online ({@link JdbcOperations}) and as an
 * offline script ({@link OfflineOperations}), checked by the dialect's own reflector and by plain
 * SELECTs. What a dialect cannot do is chosen by its {@link Capabilities}, never by its name: the
 * scenario leaves such a part out, and {@link #whatTheDialectLacks_isRefusedWithD004BeforeAnySql}
 * holds the compiler's refusals to the capabilities.
 */
abstract class OperationsContract {
  private static final String REVISION = "aaaa0001";

  /** The dialect under test. */
  protected abstract Dialect dialect();

  /** A connection (autocommit) to a new, empty database. */
  protected abstract Connection newDatabase() throws SQLException;

  private Capabilities can() {
    return dialect().capabilities();
  }

  /** A new database with the scenario run online, in one transaction where DDL is transactional. */
  private Connection online() throws SQLException {
    Connection c = newDatabase();
    c.setAutoCommit(!can().transactionalDdl());
    OperationsScenario.run(new JdbcOperations(c, dialect(), REVISION), can());
    if (can().transactionalDdl()) {
      c.commit();
      c.setAutoCommit(true);
    }
    return c;
  }

  /** The reflected schema that holds {@code table}. */
  private Schema schemaWith(Connection c, String table) {
    return dialect().reflector().reflect(new JdbcSchemaLookup(c), ReflectOptions.excluding()).schemas().stream()
        .filter(s -> s.table(table).isPresent()).findFirst()
        .orElseThrow(() -> new AssertionError("no reflected schema holds table " + table));
  }

  private static dev.retort.schema.Table table(Schema s, String name) {
    return s.table(name).orElseThrow(() -> new AssertionError("no table " + name));
  }

  private static List<String> columnNames(dev.retort.schema.Table t) {
    return t.columns().stream().map(dev.retort.schema.Column::name).toList();
  }

  private static List<String> nullable(dev.retort.schema.Table t) {
    return t.columns().stream().map(c -> c.name() + (c.nullable() ? " null" : " not null")).toList();
  }

  private static dev.retort.schema.Column column(dev.retort.schema.Table t, String name) {
    return t.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + t.name()));
  }

  /** A table's foreign keys as {@code name [columns] -> table[columns] on delete ACTION}. */
  private static List<String> foreignKeys(dev.retort.schema.Table t) {
    return t.foreignKeys().stream().map(f -> f.name() + " " + f.columns() + " -> " + f.referencedTable()
        + f.referencedColumns() + " on delete " + f.onDelete()).toList();
  }

  /** A table's unique constraints as {@code name [columns]}. */
  private static List<String> uniques(dev.retort.schema.Table t) {
    return t.uniqueConstraints().stream().map(u -> u.name() + " " + u.columns()).toList();
  }

  @Test
  void scenario_online_leavesTheSchemaItDescribes() throws SQLException {
    try (Connection c = online()) {
      Schema s = schemaWith(c, "users");
      assertThat(s.tables()).extracting(dev.retort.schema.Table::name)
          .containsExactly("kinds", "order_lines", "order_tags", "orders", "users");
      assertUsers(table(s, "users"));
      assertOrders(table(s, "orders"));
      assertTagsAndKinds(table(s, "order_tags"), table(s, "kinds"));
      assertOrderLines(table(s, "order_lines"));
      assertSchemaObjects(s);
      OperationsScenario.assertDataSurvived(c);
    }
  }

  private void assertUsers(dev.retort.schema.Table users) {
    assertThat(nullable(users)).containsExactly("id not null", "email not null", "active not null", "created_at null",
        "rating null", "avatar null", "ext_id null", "born null", "nickname null");
    assertThat(users.primaryKey().columns()).containsExactly("id");
    assertThat(uniques(users)).containsExactlyInAnyOrder(
        "users_email_key [email]", "users_nickname_key [nickname]", "uq_users_nick_email [nickname, email]");
    assertThat(users.checks()).isEmpty();
    if (can().partialIndexes()) {
      assertThat(users.indexes()).singleElement().satisfies(i -> {
        assertThat(i.name()).isEqualTo("ux_users_active_email");
        assertThat(i.unique()).isTrue();
        assertThat(i.columns()).containsExactly(IndexColumn.of("email"));
        assertThat(i.predicate()).contains("active");
      });
    } else {
      assertThat(users.indexes()).isEmpty();
    }
  }

  private void assertOrders(dev.retort.schema.Table orders) {
    assertThat(nullable(orders)).containsExactly("id not null", "user_id not null", "qty not null", "price not null",
        "status null", "parent_id null");
    assertThat(column(orders, "qty").defaultExpression()).isEqualTo("5");
    assertThat(column(orders, "status").defaultExpression()).isNull();
    assertThat(column(orders, "price").defaultExpression()).isNull();
    assertThat(orders.primaryKey().columns()).containsExactly("id");
    assertThat(orders.uniqueConstraints()).isEmpty();
    assertThat(orders.checks()).singleElement().satisfies(k -> {
      assertThat(k.name()).isEqualTo("ck_orders_qty");
      assertThat(k.expression()).containsIgnoringCase("qty").contains("0");
    });
    assertThat(orders.indexes()).extracting(i -> i.name() + " " + i.unique() + " " + i.columns())
        .containsExactly("ix_orders_user_qty false " + List.of(IndexColumn.of("user_id"), IndexColumn.desc("qty")));
    assertThat(foreignKeys(orders)).containsExactly(
        "fk_orders_user [user_id] -> users[id] on delete CASCADE",
        "orders_parent_id_fkey [parent_id] -> orders[id] on delete NO_ACTION");
    if (can().comments()) {
      assertThat(orders.comment()).isEqualTo("one row per order");
      assertThat(column(orders, "qty").comment()).isEqualTo("how many, it's a count");
      assertThat(column(orders, "id").comment()).isNull();
    }
  }

  private static void assertTagsAndKinds(dev.retort.schema.Table tags, dev.retort.schema.Table kinds) {
    assertThat(columnNames(tags)).containsExactly("id", "order_ref", "kind_id");
    assertThat(tags.primaryKey().columns()).containsExactly("id");
    assertThat(foreignKeys(tags)).containsExactly(
        "fk_tags_order [order_ref] -> orders[id] on delete SET_NULL",
        "tags_kind_id_fkey [kind_id] -> kinds[id] on delete NO_ACTION");
    assertThat(tags.indexes()).isEmpty();
    assertThat(kinds.primaryKey().columns()).containsExactly("id");
    assertThat(uniques(kinds)).containsExactly("tag_kinds_label_key [label]");
  }

  private static void assertOrderLines(dev.retort.schema.Table lines) {
    assertThat(nullable(lines)).containsExactly("order_id not null", "line_no not null", "item_code not null",
        "quantity not null");
    assertThat(column(lines, "quantity").defaultExpression()).isEqualTo("1");
    assertThat(lines.primaryKey().columns()).containsExactly("order_id", "line_no");
    assertThat(uniques(lines)).containsExactly("uq_lines_sku [order_id, item_code]");
    assertThat(lines.checks()).singleElement().satisfies(k -> {
      assertThat(k.name()).isEqualTo("ck_lines_amount");
      assertThat(k.expression()).containsIgnoringCase("quantity").doesNotContainIgnoringCase("amount");
    });
    assertThat(foreignKeys(lines)).containsExactly("fk_lines_order [order_id] -> orders[id] on delete CASCADE");
  }

  /** Views everywhere; enum types and sequences where the dialect has them, and none where it has not. */
  private void assertSchemaObjects(Schema s) {
    assertThat(s.views()).extracting(dev.retort.schema.View::name).containsExactly("big_orders");
    assertThat(s.enumTypes()).isEqualTo(can().enumTypes()
        ? List.of(new EnumType("mood", List.of("meh", "sad", "fine", "ok", "great"))) : List.of());
    if (can().sequences()) {
      assertThat(s.sequences()).singleElement().satisfies(q -> {
        assertThat(q.name()).isEqualTo("order_no");
        assertThat(q.start()).isEqualTo(1000);
        assertThat(q.increment()).isEqualTo(10);
        assertThat(q.cache()).isEqualTo(2);
        assertThat(q.ownedBy()).isEqualTo("orders.id");
      });
    } else {
      assertThat(s.sequences()).isEmpty();
    }
  }

  /** The scenario as an offline script, rendered on a scratch database: for a dialect's own checks of its spelling. */
  protected final String scenarioScript() throws SQLException {
    StringBuilder script = new StringBuilder();
    try (Connection scratch = newDatabase()) {
      OperationsScenario.run(new OfflineOperations(dialect(), scratch, script, REVISION), can());
    }
    return script.toString();
  }

  @Test
  void scenario_offlineScript_givesTheSameSchemaAndDataAsOnline() throws SQLException {
    String script = scenarioScript();
    assertThat(script).contains("o''brien@example.com").doesNotContain("?");
    try (Connection fresh = newDatabase(); Connection online = online()) {
      Queries.runScript(fresh, script);
      assertThat(schemaWith(fresh, "users")).isEqualTo(schemaWith(online, "users"));
      OperationsScenario.assertDataSurvived(fresh);
    }
  }

  @Test
  void idempotentForms_onMissingObjects_doNothing() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), REVISION);
      op.createTable(OperationsScenario.users());
      Schema before = schemaWith(c, "users");
      for (int i = 0; i < 2; i++) {
        op.dropColumnIfExists("users", "nope");
        op.dropConstraintIfExists("users", "nope");
        op.dropIndexIfExists("users", "nope");
        op.dropTableIfExists("missing_table");
        op.dropViewIfExists("missing_view");
      }
      assertThat(schemaWith(c, "users")).isEqualTo(before);
    }
  }

  @Test
  void whatTheDialectLacks_isRefusedWithD004BeforeAnySql() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), REVISION);
      op.createTable(Table.named("t").column(Column.of("id", Type.INTEGER).primaryKey()));
      Schema before = schemaWith(c, "t");
      List<ThrowingCallable> refused = new ArrayList<>();
      if (!can().partialIndexes()) {
        refused.add(() -> op.createIndex(Index.on("t", "id").where("id > 0")));
      }
      if (!can().enumTypes()) {
        refused.add(() -> op.createEnumType("mood", "sad", "ok"));
      }
      if (!can().sequences()) {
        refused.add(() -> op.createSequence(Sequence.named("s")));
      }
      if (!can().comments()) {
        refused.add(() -> op.setTableComment("t", "x"));
        refused.add(() -> op.setColumnComment("t", "id", "x"));
      }
      for (ThrowingCallable call : refused) {
        assertThatThrownBy(call).isInstanceOf(RetortException.class)
            .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D004))
            .hasMessageContaining(" has no ");
      }
      assertThat(schemaWith(c, "t")).isEqualTo(before);
    }
  }

  @Test
  void failingStatement_namesRevisionOperationAndStatement() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), "bbbb0002");
      assertThatThrownBy(() -> op.dropTable("ghosts"))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.V004))
          .hasMessageContaining("revision bbbb0002: dropTable ghosts failed")
          .hasMessageContaining("statement: DROP TABLE ghosts");
    }
  }

  @Test
  void illegalName_isRefusedWithD003() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), REVISION);
      assertThatThrownBy(() -> op.addColumn("users", Column.of("e-mail", Type.TEXT)))
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.D003))
          .hasMessageContaining("illegal column name 'e-mail'");
    }
  }

  @Test
  void offline_connection_isRefusedNamingTheRevision() throws SQLException {
    try (Connection scratch = newDatabase()) {
      OfflineOperations op = new OfflineOperations(dialect(), scratch, new StringBuilder(), "cccc0003");
      assertThatThrownBy(op::connection)
          .isInstanceOf(RetortException.class)
          .satisfies(e -> assertThat(((RetortException) e).code()).isEqualTo(ErrorCode.V005))
          .hasMessageContaining("Java revision cccc0003 cannot be rendered as SQL: it calls op.connection()");
    }
  }
}
