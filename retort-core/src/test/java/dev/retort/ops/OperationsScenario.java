package dev.retort.ops;

import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Operations;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every operation, each idempotent form twice, in one sequence that both dialects run online and
 * offline. What it leaves: users(id, email, active, created_at, rating, avatar, prefs, ext_id,
 * nickname), orders(id, user_id, qty, price, status), order_tags(id, order_id).
 */
final class OperationsScenario {
  static final UUID EXT_ID = UUID.fromString("0b7e1f3a-58a4-4a44-9a0c-0a8a1e0c1d2e");

  private OperationsScenario() {}

  static Table users() {
    return Table.named("users")
        .column(Column.of("id", Type.BIGINT).primaryKey())
        .column(Column.of("email", Type.varchar(320)).notNull().unique())
        .column(Column.of("active", Type.BOOLEAN).notNull().defaultSql("TRUE"))
        .column(Column.of("created_at", Type.TIMESTAMPTZ).defaultSql("CURRENT_TIMESTAMP"))
        .column(Column.of("score", Type.DOUBLE))
        .column(Column.of("avatar", Type.BLOB))
        .column(Column.of("prefs", Type.JSONB))
        .column(Column.of("ext_id", Type.UUID))
        .check(CheckConstraint.named("ck_users_score", "score >= 0"));
  }

  static Table orders() {
    return Table.named("orders")
        .column(Column.of("id", Type.INTEGER).primaryKey())
        .column(Column.of("user_id", Type.BIGINT).notNull().references("users", "id"))
        .column(Column.of("qty", Type.INTEGER).notNull().defaultSql("1"))
        .column(Column.of("price", Type.numeric(10, 2)))
        .column(Column.of("note", Type.TEXT))
        .unique(UniqueConstraint.named("uq_orders_user_note", "user_id", "note"));
  }

  static void createAndFill(Operations op) {
    op.createTable(users());
    op.createTable(users().ifNotExists());
    op.createTable(orders());
    op.bulkInsert("users", List.of(
        row("id", 1L, "email", "ann@example.com", "active", true, "score", 1.5, "avatar", new byte[] {1, 2, (byte) 255},
            "ext_id", EXT_ID),
        row("id", 2L, "email", "o'brien@example.com", "active", false, "score", null)));
    op.bulkInsert("orders", List.of(
        row("id", 10, "user_id", 1L, "qty", 2, "price", new BigDecimal("9.99"), "note", "first"),
        row("id", 11, "user_id", 2L, "qty", 20, "price", new BigDecimal("5.00"), "note", null)));
  }

  static void run(Operations op) {
    createAndFill(op);
    op.createIndex(Index.on("orders", "note"));
    op.createIndex(Index.on("orders", "qty").named("ix_orders_big_qty").where("qty > 10"));
    op.createIndex(Index.on("users", "email").named("ux_users_active_email").unique().where("active").ifNotExists());
    op.createIndex(Index.on("users", "email").named("ux_users_active_email").unique().where("active").ifNotExists());
    op.addColumn("orders", Column.of("status", Type.varchar(20)).notNull().defaultSql("'new'"));
    op.addColumnIfNotExists("orders", Column.of("status", Type.varchar(20)).notNull().defaultSql("'new'"));
    op.addColumn("users", Column.of("nickname", Type.TEXT).unique());
    op.alterColumn("orders", "note", ColumnChange.change().type(Type.varchar(200)));
    op.alterColumn("orders", "qty", ColumnChange.change().defaultSql("5"));
    op.alterColumn("orders", "price", ColumnChange.change().nullable(false));
    op.alterColumn("orders", "status", ColumnChange.change().dropDefault().nullable(true));
    op.alterColumn("users", "score", ColumnChange.change().renameTo("rating"));
    op.createCheckConstraint("orders", CheckConstraint.named("ck_orders_qty", "qty > 0"));
    op.createCheckConstraint("orders", CheckConstraint.named("ck_orders_qty", "qty > 0").ifNotExists());
    op.createUniqueConstraint("users", UniqueConstraint.named("uq_users_nick_email", "nickname", "email").ifNotExists());
    op.createUniqueConstraint("users", UniqueConstraint.named("uq_users_nick_email", "nickname", "email").ifNotExists());
    op.createTable(Table.named("tags")
        .column(Column.of("id", Type.INTEGER).primaryKey())
        .column(Column.of("order_id", Type.INTEGER)));
    ForeignKey fk = ForeignKey.named("fk_tags_order").columns("order_id").references("orders", "id").onDelete("cascade");
    op.createForeignKey("tags", fk);
    op.createForeignKey("tags", fk.ifNotExists());
    op.dropConstraint("users", "ck_users_score");
    op.dropConstraintIfExists("users", "ck_users_score");
    op.dropColumn("orders", "note");
    op.dropColumnIfExists("orders", "note");
    op.dropIndex("orders", "ix_orders_big_qty");
    op.dropIndexIfExists("orders", "ix_orders_big_qty");
    op.renameTable("tags", "order_tags");
    op.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, what TEXT);");
    op.dropTable("audit");
    op.dropTableIfExists("audit");
  }

  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }
}
