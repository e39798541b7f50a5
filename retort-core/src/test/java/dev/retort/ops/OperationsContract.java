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
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Operations;
import dev.retort.migration.Sequence;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import dev.retort.run.JdbcOperations;
import dev.retort.run.OfflineOperations;
import dev.retort.schema.EnumType;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.Schema;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
  private static final UUID EXT_ID = UUID.fromString("0b7e1f3a-58a4-4a44-9a0c-0a8a1e0c1d2e");
  private static final byte[] AVATAR = {0, 1, 2, '\\', '\'', (byte) 255};
  private static final String REVISION = "aaaa0001";

  /** The dialect under test. */
  protected abstract Dialect dialect();

  /** A connection (autocommit) to a new, empty database. */
  protected abstract Connection newDatabase() throws SQLException;

  private Capabilities can() {
    return dialect().capabilities();
  }

  private static Table users() {
    return Table.named("users")
        .column(Column.of("id", Type.BIGINT).primaryKey())
        .column(Column.of("email", Type.varchar(320)).notNull().unique())
        .column(Column.of("active", Type.BOOLEAN).notNull().defaultSql("TRUE"))
        .column(Column.of("created_at", Type.TIMESTAMPTZ).defaultSql("CURRENT_TIMESTAMP"))
        .column(Column.of("score", Type.DOUBLE))
        .column(Column.of("avatar", Type.BLOB))
        .column(Column.of("ext_id", Type.UUID))
        .column(Column.of("born", Type.DATE))
        .check(CheckConstraint.named("ck_users_score", "score >= 0"));
  }

  /**
   * The scenario: every operation, each idempotent form run twice. What it leaves: users(id, email,
   * active, created_at, rating, avatar, ext_id, born, nickname), orders(id, user_id, qty, price, status, parent_id),
   * order_tags(id, order_ref, kind_id), kinds(id, label), order_lines(order_id, line_no, item_code, amount), the view big_orders; where the dialect has them, a partial index, an
   * enum type, a sequence and comments.
   */
  private void scenario(Operations op) {
    op.createTable(users());
    op.createTable(users().ifNotExists());
    op.createTable(users().ifNotExists());
    op.createTable(Table.named("orders")
        .column(Column.of("id", Type.INTEGER).primaryKey())
        .column(Column.of("user_id", Type.BIGINT).notNull().references("users", "id"))
        .column(Column.of("qty", Type.INTEGER).notNull().defaultSql("1"))
        .column(Column.of("price", Type.numeric(10, 2)))
        .column(Column.of("note", Type.varchar(100))));
    if (can().comments()) {
      op.setTableComment("orders", "one row per order");
      op.setColumnComment("orders", "qty", "how many, it's a count");
      op.setColumnComment("orders", "id", "soon gone");
      op.setColumnComment("orders", "id", null);
    }
    op.bulkInsert("users", List.of(
        row("id", 1L, "email", "o'brien@example.com", "active", true, "score", 1.5, "avatar", AVATAR, "ext_id", EXT_ID,
            "born", LocalDate.of(1999, 12, 31)),
        row("id", 2L, "email", "back\\slash@example.com", "active", false, "score", null),
        row("id", 3L, "email", "zoë+☕@example.com", "active", true)));
    op.bulkInsert("orders", List.of(
        row("id", 10, "user_id", 1L, "qty", 2, "price", new BigDecimal("12345678.90"), "note", "it's \\ fine"),
        row("id", 11, "user_id", 2L, "qty", 20, "price", new BigDecimal("5.00"), "note", null)));

    op.createIndex(Index.on("orders", "note"));
    op.createIndex(Index.on("orders", "user_id", "qty DESC").named("ix_orders_user_qty").ifNotExists());
    op.createIndex(Index.on("orders", "user_id", "qty DESC").named("ix_orders_user_qty").ifNotExists());
    if (can().partialIndexes()) {
      op.createIndex(Index.on("users", "email").named("ux_users_active_email").unique().where("active").ifNotExists());
      op.createIndex(Index.on("users", "email").named("ux_users_active_email").unique().where("active").ifNotExists());
    }

    op.addColumn("orders", Column.of("status", Type.varchar(20)).notNull().defaultSql("'new'"));
    op.addColumnIfNotExists("orders", Column.of("status", Type.varchar(20)).notNull().defaultSql("'new'"));
    op.addColumnIfNotExists("orders", Column.of("status", Type.varchar(20)).notNull().defaultSql("'new'"));
    op.addColumn("users", Column.of("nickname", Type.varchar(100)).unique());
    op.alterColumn("orders", "note", ColumnChange.change().type(Type.varchar(200)));
    op.alterColumn("orders", "qty", ColumnChange.change().defaultSql("5"));
    op.alterColumn("orders", "price", ColumnChange.change().nullable(false));
    op.alterColumn("orders", "status", ColumnChange.change().dropDefault().nullable(true).type(Type.varchar(30)));
    op.addColumn("orders", Column.of("parent_id", Type.INTEGER).references("orders", "id"));
    op.dropConstraint("users", "ck_users_score");
    op.dropConstraintIfExists("users", "ck_users_score");
    op.dropConstraintIfExists("users", "ck_users_score");
    op.alterColumn("users", "score", ColumnChange.change().renameTo("rating"));

    op.createCheckConstraint("orders", CheckConstraint.named("ck_orders_qty", "qty > 0"));
    op.createCheckConstraint("orders", CheckConstraint.named("ck_orders_qty", "qty > 0").ifNotExists());
    op.createCheckConstraint("orders", CheckConstraint.named("ck_orders_qty", "qty > 0").ifNotExists());
    op.createUniqueConstraint("users", UniqueConstraint.named("uq_users_nick_email", "nickname", "email").ifNotExists());
    op.createUniqueConstraint("users", UniqueConstraint.named("uq_users_nick_email", "nickname", "email").ifNotExists());
    op.createTable(Table.named("tags")
        .column(Column.of("id", Type.INTEGER).primaryKey())
        .column(Column.of("order_id", Type.INTEGER)));
    ForeignKey fk = ForeignKey.named("fk_tags_order").columns("order_id").references("orders", "id").onDelete("set null");
    op.createForeignKey("tags", fk);
    op.createForeignKey("tags", fk.ifNotExists());
    op.createForeignKey("tags", fk.ifNotExists());
    op.createTable(Table.named("tag_kinds")
        .column(Column.of("id", Type.INTEGER).primaryKey())
        .column(Column.of("label", Type.varchar(40)).notNull().unique()));
    op.addColumn("tags", Column.of("kind_id", Type.INTEGER).references("tag_kinds", "id"));
    op.renameTable("tags", "order_tags");
    op.renameTable("tag_kinds", "kinds");
    op.createTable(Table.named("order_lines")
        .column(Column.of("order_id", Type.INTEGER).notNull())
        .column(Column.of("line", Type.SMALLINT).notNull())
        .column(Column.of("sku", Type.varchar(40)).notNull())
        .column(Column.of("amount", Type.INTEGER).notNull().defaultSql("1"))
        .primaryKey("order_id", "line")
        .unique(UniqueConstraint.named("uq_lines_sku", "order_id", "sku"))
        .check(CheckConstraint.named("ck_lines_amount", "amount > 0"))
        .foreignKey(ForeignKey.named("fk_lines_order").columns("order_id").references("orders", "id").onDelete("cascade")));
    op.bulkInsert("order_lines", List.of(row("order_id", 10, "line", 1, "sku", "A-1", "amount", 3),
        row("order_id", 10, "line", 2, "sku", "B-2")));
    op.alterColumn("order_lines", "sku", ColumnChange.change().type(Type.varchar(60)).renameTo("item_code"));
    op.alterColumn("order_lines", "line", ColumnChange.change().renameTo("line_no"));
    op.alterColumn("order_tags", "order_id", ColumnChange.change().renameTo("order_ref"));
    op.createUniqueConstraint("users", UniqueConstraint.named("uq_users_ext_id", "ext_id"));
    op.dropConstraint("users", "uq_users_ext_id");
    op.dropConstraint("orders", "orders_user_id_fkey");
    op.createForeignKey("orders", ForeignKey.named("fk_orders_user").columns("user_id").references("users", "id")
        .onDelete("cascade"));

    op.dropIndex("orders", "ix_orders_note");
    op.dropIndexIfExists("orders", "ix_orders_note");
    op.dropIndexIfExists("orders", "ix_orders_note");
    op.dropColumn("orders", "note");
    op.dropColumnIfExists("orders", "note");
    op.dropColumnIfExists("orders", "note");
    op.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, what VARCHAR(50));");
    op.dropTable("audit");
    op.dropTableIfExists("audit");
    op.dropTableIfExists("audit");

    op.createView("big_orders", "SELECT id, qty FROM orders WHERE qty > 1");
    op.createOrReplaceView("big_orders", "SELECT id, qty, price FROM orders WHERE qty > 1");
    op.createView("scratch_view", "SELECT 1 AS one");
    op.dropView("scratch_view");
    op.dropViewIfExists("scratch_view");
    op.dropViewIfExists("scratch_view");
    if (can().enumTypes()) {
      op.createEnumType("mood", "sad", "ok");
      op.addEnumValue("mood", "great");
      op.addEnumValueBefore("mood", "meh", "sad");
      op.addEnumValueAfter("mood", "fine", "sad");
      op.createEnumType("gone", "x");
      op.dropEnumType("gone");
      op.dropEnumTypeIfExists("gone");
      op.dropEnumTypeIfExists("gone");
    }
    if (can().sequences()) {
      op.createSequence(Sequence.named("order_no").startWith(1000).incrementBy(10));
      op.alterSequence(Sequence.named("order_no").ownedBy("orders", "id").cache(2));
      op.createSequence(Sequence.named("scratch_seq"));
      op.dropSequence("scratch_seq");
      op.dropSequenceIfExists("scratch_seq");
      op.dropSequenceIfExists("scratch_seq");
    }
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  /** A new database with the scenario run online, in one transaction where DDL is transactional. */
  private Connection online() throws SQLException {
    Connection c = newDatabase();
    c.setAutoCommit(!can().transactionalDdl());
    scenario(new JdbcOperations(c, dialect(), REVISION));
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

  @Test
  void scenario_online_leavesTheSchemaItDescribes() throws SQLException {
    try (Connection c = online()) {
      Schema s = schemaWith(c, "users");
      assertThat(s.tables()).extracting(dev.retort.schema.Table::name).containsExactly("kinds", "order_lines", "order_tags", "orders", "users");

      dev.retort.schema.Table users = table(s, "users");
      assertThat(nullable(users)).containsExactly("id not null", "email not null", "active not null", "created_at null",
          "rating null", "avatar null", "ext_id null", "born null", "nickname null");
      assertThat(users.primaryKey().columns()).containsExactly("id");
      assertThat(users.uniqueConstraints()).extracting(u -> u.name() + " " + u.columns()).containsExactlyInAnyOrder(
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

      dev.retort.schema.Table orders = table(s, "orders");
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
      assertThat(orders.foreignKeys()).extracting(f -> f.name() + " " + f.columns() + " -> " + f.referencedTable()
          + f.referencedColumns() + " on delete " + f.onDelete()).containsExactly(
          "fk_orders_user [user_id] -> users[id] on delete CASCADE",
          "orders_parent_id_fkey [parent_id] -> orders[id] on delete NO_ACTION");

      dev.retort.schema.Table tags = table(s, "order_tags");
      assertThat(columnNames(tags)).containsExactly("id", "order_ref", "kind_id");
      assertThat(tags.primaryKey().columns()).containsExactly("id");
      assertThat(tags.foreignKeys()).extracting(f -> f.name() + " " + f.columns() + " -> " + f.referencedTable()
          + f.referencedColumns() + " on delete " + f.onDelete()).containsExactly(
          "fk_tags_order [order_ref] -> orders[id] on delete SET_NULL",
          "tags_kind_id_fkey [kind_id] -> kinds[id] on delete NO_ACTION");
      dev.retort.schema.Table kinds = table(s, "kinds");
      assertThat(kinds.primaryKey().columns()).containsExactly("id");
      assertThat(kinds.uniqueConstraints()).extracting(u -> u.name() + " " + u.columns())
          .containsExactly("tag_kinds_label_key [label]");
      assertThat(tags.indexes()).isEmpty();

      dev.retort.schema.Table lines = table(s, "order_lines");
      assertThat(nullable(lines)).containsExactly("order_id not null", "line_no not null", "item_code not null",
          "amount not null");
      assertThat(column(lines, "amount").defaultExpression()).isEqualTo("1");
      assertThat(lines.primaryKey().columns()).containsExactly("order_id", "line_no");
      assertThat(lines.uniqueConstraints()).extracting(u -> u.name() + " " + u.columns())
          .containsExactly("uq_lines_sku [order_id, item_code]");
      assertThat(lines.checks()).extracting(dev.retort.schema.CheckConstraint::name).containsExactly("ck_lines_amount");
      assertThat(lines.foreignKeys()).extracting(f -> f.name() + " " + f.columns() + " -> " + f.referencedTable()
          + f.referencedColumns() + " on delete " + f.onDelete())
          .containsExactly("fk_lines_order [order_id] -> orders[id] on delete CASCADE");

      assertThat(s.views()).extracting(dev.retort.schema.View::name).containsExactly("big_orders");
      if (can().comments()) {
        assertThat(orders.comment()).isEqualTo("one row per order");
        assertThat(column(orders, "qty").comment()).isEqualTo("how many, it's a count");
        assertThat(column(orders, "id").comment()).isNull();
      }
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
      assertDataSurvived(c);
    }
  }

  /** The rows of the scenario, read back with portable SELECTs: every awkward literal as it was given. */
  private static void assertDataSurvived(Connection c) throws SQLException {
    assertThat(read(c, "SELECT id, email, active, rating, avatar, ext_id, born FROM users ORDER BY id")).containsExactly(
        List.of("1", "o'brien@example.com", "true", "1.5", HexFormat.of().formatHex(AVATAR), EXT_ID.toString(), "1999-12-31"),
        List.of("2", "back\\slash@example.com", "false", "null", "null", "null", "null"),
        List.of("3", "zoë+☕@example.com", "true", "null", "null", "null", "null"));
    assertThat(read(c, "SELECT id, user_id, qty, price, status FROM orders ORDER BY id")).containsExactly(
        List.of("10", "1", "2", "12345678.9", "new"), List.of("11", "2", "20", "5", "new"));
    assertThat(read(c, "SELECT order_id, line_no, item_code, amount FROM order_lines ORDER BY line_no"))
        .containsExactly(List.of("10", "1", "A-1", "3"), List.of("10", "2", "B-2", "1"));
    assertThat(read(c, "SELECT id, qty, price FROM big_orders ORDER BY id"))
        .containsExactly(List.of("10", "2", "12345678.9"), List.of("11", "20", "5"));
  }

  /**
   * Rows read by type, so that each database's driver gives the same text: integers, text,
   * booleans, doubles, bytes as hex, decimals without trailing zeros; "null" for NULL.
   */
  private static List<List<String>> read(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      var meta = rs.getMetaData();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(text(rs, i, meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT)));
        }
        out.add(row);
      }
    }
    return out;
  }

  private static String text(ResultSet rs, int i, String column) throws SQLException {
    String value = switch (column) {
      case "id", "user_id", "qty", "order_id", "line_no", "amount" -> String.valueOf(rs.getLong(i));
      case "active" -> String.valueOf(rs.getBoolean(i));
      case "rating" -> String.valueOf(rs.getDouble(i));
      case "avatar" -> {
        byte[] bytes = rs.getBytes(i);
        yield bytes == null ? null : HexFormat.of().formatHex(bytes);
      }
      case "price" -> {
        BigDecimal d = rs.getBigDecimal(i);
        yield d == null ? null : d.stripTrailingZeros().toPlainString();
      }
      default -> rs.getString(i);
    };
    return rs.wasNull() || value == null ? "null" : value;
  }

  /** The scenario as an offline script, rendered on a scratch database: for a dialect's own checks of its spelling. */
  protected final String scenarioScript() throws SQLException {
    StringBuilder script = new StringBuilder();
    try (Connection scratch = newDatabase()) {
      scenario(new OfflineOperations(dialect(), scratch, script, REVISION));
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
      assertDataSurvived(fresh);
    }
  }

  @Test
  void idempotentForms_onMissingObjects_doNothing() throws SQLException {
    try (Connection c = newDatabase()) {
      JdbcOperations op = new JdbcOperations(c, dialect(), REVISION);
      op.createTable(users());
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
