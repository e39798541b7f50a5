package dev.retort.autogen.render;

import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Sequence;
import dev.retort.migration.Table;
import dev.retort.migration.Type;
import dev.retort.migration.UniqueConstraint;
import dev.retort.ops.Op;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One operation of every kind, on tables {@code users} and {@code orders}, in an order that applies. */
final class EveryOp {
  private EveryOp() {}

  static final Op CREATE_TABLE = new Op.CreateTable(Table.named("orders")
      .column(Column.of("id", Type.BIGINT).primaryKey())
      .column(Column.of("user_id", Type.BIGINT).notNull().references("users", "id"))
      .column(Column.of("total", Type.numeric(10, 2)).defaultSql("0"))
      .column(Column.of("note", Type.of("text")).unique())
      .check(CheckConstraint.named("ck_orders_total", "total >= 0")));
  static final Op ADD_COLUMN = new Op.AddColumn("users", Column.of("email", Type.varchar(320)), false);
  static final Op ALTER_COLUMN = new Op.AlterColumn("users", "name", ColumnChange.change().type(Type.TEXT));
  static final Op RENAME_COLUMN = new Op.AlterColumn("users", "name", ColumnChange.change().renameTo("full_name"));
  static final Op CREATE_INDEX = new Op.CreateIndex(Index.on("users", "email").named("ix_users_email").unique());
  static final Op CREATE_UNIQUE = new Op.CreateUniqueConstraint("users", UniqueConstraint.named("uq_users_age", "age"));
  static final Op CREATE_CHECK = new Op.CreateCheckConstraint("users", CheckConstraint.named("ck_users_age", "age > 0"));
  static final Op CREATE_FK = new Op.CreateForeignKey("users",
      ForeignKey.named("fk_users_boss").columns("boss_id").references("users", "id").onDelete("SET NULL"));
  static final Op DROP_CONSTRAINT = new Op.DropConstraint("users", "ck_users_age", false);
  static final Op DROP_INDEX = new Op.DropIndex("users", "ix_users_email", false);
  static final Op DROP_COLUMN = new Op.DropColumn("users", "age", false);
  static final Op RENAME_TABLE = new Op.RenameTable("orders", "purchases");
  static final Op DROP_TABLE = new Op.DropTable("purchases", false);
  static final Op EXECUTE = new Op.ExecuteSql("CREATE VIEW adults AS SELECT id FROM users WHERE age >= 18");
  static final Op BULK_INSERT = new Op.BulkInsert("users", List.of(row()));
  static final Op CREATE_PK = new Op.CreatePrimaryKey("users", "users_pkey", List.of("id"));
  static final Op DROP_PK = new Op.DropPrimaryKey("users", "users_pkey");

  static final Op CREATE_VIEW = new Op.CreateView("adults", "SELECT id FROM users WHERE age >= 18", false);
  static final Op DROP_VIEW = new Op.DropView("adults", false);
  static final Op CREATE_SEQUENCE = new Op.CreateSequence(Sequence.named("order_no").startWith(1000).incrementBy(10));
  static final Op ALTER_SEQUENCE = new Op.AlterSequence(Sequence.named("order_no").maxValue(5_000_000_000L).cycle());
  static final Op DROP_SEQUENCE = new Op.DropSequence("order_no", false);
  static final Op CREATE_ENUM = new Op.CreateEnumType("mood", List.of("sad", "ok"));
  static final Op ADD_ENUM_VALUE = new Op.AddEnumValue("mood", "happy", null, "ok");
  static final Op DROP_ENUM = new Op.DropEnumType("mood", false);
  static final Op SET_COMMENT = new Op.SetComment(Op.CommentOn.COLUMN, "users", "age", "in years");

  private static Map<String, Object> row() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", 1);
    row.put("name", "O'Brien");
    return row;
  }

  /** The users table the operations start from (SQLite and PostgreSQL). */
  static final String USERS =
      "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100), age INTEGER, boss_id BIGINT)";
}
