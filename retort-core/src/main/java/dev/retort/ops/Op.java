package dev.retort.ops;

import dev.retort.migration.CheckConstraint;
import dev.retort.migration.Column;
import dev.retort.migration.ColumnChange;
import dev.retort.migration.ForeignKey;
import dev.retort.migration.Index;
import dev.retort.migration.Sequence;
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

  /** {@code CREATE [OR REPLACE] VIEW name AS definition}. */
  record CreateView(String name, String definition, boolean orReplace) implements Op {
    public CreateView {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(definition, "definition");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createView(this);
    }

    @Override
    public String describe() {
      return (orReplace ? "createOrReplaceView " : "createView ") + name;
    }
  }

  /** {@code DROP VIEW [IF EXISTS]}. */
  record DropView(String name, boolean ifExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropView(this);
    }

    @Override
    public String describe() {
      return (ifExists ? "dropViewIfExists " : "dropView ") + name;
    }
  }

  /** {@code CREATE SEQUENCE} with the parts the spec sets (PostgreSQL). */
  record CreateSequence(Sequence sequence) implements Op {
    public CreateSequence {
      Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createSequence(this);
    }

    @Override
    public String describe() {
      return "createSequence " + sequence.name();
    }
  }

  /** {@code ALTER SEQUENCE}: the parts the spec sets change, the others stay (PostgreSQL). */
  record AlterSequence(Sequence sequence) implements Op {
    public AlterSequence {
      Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.alterSequence(this);
    }

    @Override
    public String describe() {
      return "alterSequence " + sequence.name();
    }
  }

  /** {@code DROP SEQUENCE [IF EXISTS]} (PostgreSQL). */
  record DropSequence(String name, boolean ifExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropSequence(this);
    }

    @Override
    public String describe() {
      return (ifExists ? "dropSequenceIfExists " : "dropSequence ") + name;
    }
  }

  /** {@code CREATE TYPE name AS ENUM (...)} (PostgreSQL). */
  record CreateEnumType(String name, List<String> values) implements Op {
    public CreateEnumType {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.createEnumType(this);
    }

    @Override
    public String describe() {
      return "createEnumType " + name + " " + values;
    }
  }

  /**
   * {@code ALTER TYPE name ADD VALUE} (PostgreSQL), placed before or after an existing value, or
   * last when both are null.
   */
  record AddEnumValue(String type, String value, String before, String after) implements Op {
    public AddEnumValue {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      if (before != null && after != null) {
        throw new IllegalArgumentException("a new enum value goes before one value or after one, not both");
      }
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.addEnumValue(this);
    }

    @Override
    public String describe() {
      return "addEnumValue " + type + " '" + value + "'" + (before != null ? " before '" + before + "'"
          : after != null ? " after '" + after + "'" : "");
    }
  }

  /** {@code DROP TYPE [IF EXISTS]} of an enum type (PostgreSQL). */
  record DropEnumType(String name, boolean ifExists) implements Op {
    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.dropEnumType(this);
    }

    @Override
    public String describe() {
      return (ifExists ? "dropEnumTypeIfExists " : "dropEnumType ") + name;
    }
  }

  /**
   * {@code COMMENT ON TABLE|COLUMN|VIEW} (PostgreSQL).
   *
   * @param on what the comment is on
   * @param object the table or view
   * @param column the column for {@link CommentOn#COLUMN}, else null
   * @param comment the text, or null to remove the comment
   */
  record SetComment(CommentOn on, String object, String column, String comment) implements Op {
    public SetComment {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(object, "object");
      if ((on == CommentOn.COLUMN) != (column != null)) {
        throw new IllegalArgumentException("a column comment names its column, and only a column comment does");
      }
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
      return visitor.setComment(this);
    }

    @Override
    public String describe() {
      String target = on == CommentOn.COLUMN ? object + "." + column : object;
      return (comment == null ? "dropComment " : "setComment ") + on.name().toLowerCase(java.util.Locale.ROOT) + " " + target;
    }
  }

  /** What a {@link SetComment} is on. */
  enum CommentOn {
    TABLE,
    COLUMN,
    VIEW
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
