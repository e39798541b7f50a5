package dev.retort.ops;

import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Table;
import dev.retort.migration.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One schema operation, as data: what a revision's {@code Operations} call records and what a
 * dialect's {@code DdlCompiler} turns into SQL.
 */
public sealed interface Op {
  <R> R accept(OpVisitor<R> visitor);

  /** A short description for messages, e.g. {@code addColumn users.email}. */
  String describe();

  /** {@code CREATE TABLE}; {@link Table#onlyIfMissing()} for the idempotent form. */
  record CreateTable(Table table) implements Op {
    public CreateTable {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createTable(this);
    }

    @Override
    public String describe() {
      return "createTable " + table.name();
    }
  }

  /** {@code DROP TABLE [IF EXISTS]}. */
  record DropTable(String table, boolean ifExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropTable(this);
    }

    @Override
    public String describe() {
      return (ifExists ? "dropTableIfExists " : "dropTable ") + table;
    }
  }

  /** {@code ALTER TABLE ... RENAME TO}. */
  record RenameTable(String from, String to) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.renameTable(this);
    }

    @Override
    public String describe() {
      return "renameTable " + from + " -> " + to;
    }
  }

  /** {@code ALTER TABLE ... ADD COLUMN}, unless it exists when {@code ifNotExists}. */
  record AddColumn(String table, Column column, boolean ifNotExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.addColumn(this);
    }

    @Override
    public String describe() {
      return (ifNotExists ? "addColumnIfNotExists " : "addColumn ") + table + "." + column.name();
    }
  }

  /** {@code ALTER TABLE ... DROP COLUMN}, only if it exists when {@code ifExists}. */
  record DropColumn(String table, String column, boolean ifExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropColumn(this);
    }

    @Override
    public String describe() {
      return (ifExists ? "dropColumnIfExists " : "dropColumn ") + table + "." + column;
    }
  }

  /** Changes a column's type, nullability, default and/or name. */
  record AlterColumn(String table, String column, ColumnChange change) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.alterColumn(this);
    }

    @Override
    public String describe() {
      return "alterColumn " + table + "." + column;
    }
  }

  /** {@code CREATE [UNIQUE] INDEX}. */
  record CreateIndex(Index index) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createIndex(this);
    }

    @Override
    public String describe() {
      return "createIndex " + index.name() + " on " + index.table();
    }
  }

  /** {@code DROP INDEX [IF EXISTS]}. */
  record DropIndex(String table, String index, boolean ifExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropIndex(this);
    }

    @Override
    public String describe() {
      return (ifExists ? "dropIndexIfExists " : "dropIndex ") + index + " on " + table;
    }
  }

  /** Adds a foreign key. */
  record CreateForeignKey(String table, ForeignKey foreignKey) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createForeignKey(this);
    }

    @Override
    public String describe() {
      return "createForeignKey " + foreignKey.name() + " on " + table;
    }
  }

  /** Adds a unique constraint. */
  record CreateUniqueConstraint(String table, UniqueConstraint unique) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createUniqueConstraint(this);
    }

    @Override
    public String describe() {
      return "createUniqueConstraint " + unique.name() + " on " + table;
    }
  }

  /** Adds a check constraint. */
  record CreateCheckConstraint(String table, CheckConstraint check) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createCheckConstraint(this);
    }

    @Override
    public String describe() {
      return "createCheckConstraint " + check.name() + " on " + table;
    }
  }

  /** Drops a named constraint, only if it exists when {@code ifExists}. */
  record DropConstraint(String table, String constraint, boolean ifExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropConstraint(this);
    }

    @Override
    public String describe() {
      return (ifExists ? "dropConstraintIfExists " : "dropConstraint ") + constraint + " on " + table;
    }
  }

  /**
   * Adds a primary key to an existing table.
   *
   * @param table the table
   * @param name the constraint name, or null to let the database name it (SQLite keeps none)
   * @param columns the key columns in key order
   */
  record CreatePrimaryKey(String table, String name, List<String> columns) implements Op {
    public CreatePrimaryKey {
      Objects.requireNonNull(table, "table");
      columns = List.copyOf(columns);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createPrimaryKey(this);
    }

    @Override
    public String describe() {
      return "createPrimaryKey " + columns + " on " + table;
    }
  }

  /**
   * Drops a table's primary key.
   *
   * @param table the table
   * @param name the constraint name (PostgreSQL needs it; SQLite, which may keep none, ignores it)
   */
  record DropPrimaryKey(String table, String name) implements Op {
    public DropPrimaryKey {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropPrimaryKey(this);
    }

    @Override
    public String describe() {
      return "dropPrimaryKey on " + table;
    }
  }

  /** SQL as written, one statement. */
  record ExecuteSql(String sql) implements Op {
    public ExecuteSql {
      Objects.requireNonNull(sql, "sql");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.execute(this);
    }

    @Override
    public String describe() {
      return "execute";
    }
  }

  /** Rows to insert, each a column name to value map (null values allowed), in order. */
  record BulkInsert(String table, List<Map<String, Object>> rows) implements Op {
    public BulkInsert {
      List<Map<String, Object>> copy = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
      }
      rows = Collections.unmodifiableList(copy);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.bulkInsert(this);
    }

    @Override
    public String describe() {
      return "bulkInsert " + table + " (" + rows.size() + " rows)";
    }
  }
}
