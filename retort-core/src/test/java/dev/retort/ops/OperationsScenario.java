package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Capabilities;
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
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sequence of operations {@link OperationsContract} runs on every dialect, the parts a dialect
 * lacks left out by its {@link Capabilities}, and the rows it leaves read back by plain SELECTs.
 */
final class OperationsScenario {
  private static final UUID EXT_ID = UUID.fromString("0b7e1f3a-58a4-4a44-9a0c-0a8a1e0c1d2e");
  private static final byte[] AVATAR = {0, 1, 2, '\\', '\'', (byte) 255};

  private OperationsScenario() {}

  static Table users() {
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
   * Every operation, each idempotent form run twice. What it leaves: users(id, email, active,
   * created_at, rating, avatar, ext_id, born, nickname), orders(id, user_id, qty, price, status,
   * parent_id), order_tags(id, order_ref, kind_id), kinds(id, label), order_lines(order_id, line_no,
   * item_code, quantity), the view big_orders; where the dialect has them, a partial index, an enum
   * type, a sequence and comments.
   */
  static void run(Operations op, Capabilities can) {
    op.createTable(users());
    op.createTable(users().ifNotExists());
    op.createTable(users().ifNotExists());
    op.createTable(Table.named("orders")
        .column(Column.of("id", Type.INTEGER).primaryKey())
        .column(Column.of("user_id", Type.BIGINT).notNull().references("users", "id"))
        .column(Column.of("qty", Type.INTEGER).notNull().defaultSql("1"))
        .column(Column.of("price", Type.numeric(10, 2)))
        .column(Column.of("note", Type.varchar(100))));
    if (can.comments()) {
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
    if (can.partialIndexes()) {
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
    op.alterColumn("order_lines", "amount", ColumnChange.change().renameTo("quantity"));
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
    if (can.enumTypes()) {
      op.createEnumType("mood", "sad", "ok");
      op.addEnumValue("mood", "great");
      op.addEnumValueBefore("mood", "meh", "sad");
      op.addEnumValueAfter("mood", "fine", "sad");
      op.createEnumType("gone", "x");
      op.dropEnumType("gone");
      op.dropEnumTypeIfExists("gone");
      op.dropEnumTypeIfExists("gone");
    }
    if (can.sequences()) {
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

  /** The rows of the scenario, read back with portable SELECTs: every awkward literal as it was given. */
  static void assertDataSurvived(Connection c) throws SQLException {
    assertThat(read(c, "SELECT id, email, active, rating, avatar, ext_id, born FROM users ORDER BY id")).containsExactly(
        List.of("1", "o'brien@example.com", "true", "1.5", HexFormat.of().formatHex(AVATAR), EXT_ID.toString(), "1999-12-31"),
        List.of("2", "back\\slash@example.com", "false", "null", "null", "null", "null"),
        List.of("3", "zoë+☕@example.com", "true", "null", "null", "null", "null"));
    assertThat(read(c, "SELECT id, user_id, qty, price, status FROM orders ORDER BY id")).containsExactly(
        List.of("10", "1", "2", "12345678.9", "new"), List.of("11", "2", "20", "5", "new"));
    assertThat(read(c, "SELECT order_id, line_no, item_code, quantity FROM order_lines ORDER BY line_no"))
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
      case "id", "user_id", "qty", "order_id", "line_no", "quantity" -> String.valueOf(rs.getLong(i));
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
}
