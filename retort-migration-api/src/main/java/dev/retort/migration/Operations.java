package dev.retort.migration;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * The operations a Java revision calls. Each is rendered for the database in use (SQLite,
 * PostgreSQL) and runs in the revision's transaction, or is written into the script in offline
 * ({@code --sql}) mode. On SQLite, changes it cannot make in place (altering or dropping a column,
 * adding or dropping a constraint) run as a table rebuild that keeps data, indexes and foreign
 * keys. Every create and drop has an idempotent form ({@code ifNotExists()} on the spec, or the
 * {@code ...IfExists} method).
 */
public interface Operations {
  /** {@code CREATE TABLE}; {@link Table#ifNotExists()} for the idempotent form. */
  void createTable(Table table);

  /** {@code DROP TABLE}. */
  void dropTable(String table);

  /** {@code DROP TABLE IF EXISTS}. */
  void dropTableIfExists(String table);

  /** {@code ALTER TABLE ... RENAME TO}. */
  void renameTable(String from, String to);

  /** {@code ALTER TABLE ... ADD COLUMN}. */
  void addColumn(String table, Column column);

  /** Adds the column unless the table already has a column of that name. */
  void addColumnIfNotExists(String table, Column column);

  /** {@code ALTER TABLE ... DROP COLUMN}. */
  void dropColumn(String table, String column);

  /** Drops the column if the table has it. */
  void dropColumnIfExists(String table, String column);

  /** Changes a column's type, nullability, default or name. */
  void alterColumn(String table, String column, ColumnChange change);

  /** {@code CREATE [UNIQUE] INDEX}; see {@link Index} for partial, concurrent and idempotent forms. */
  void createIndex(Index index);

  /** {@code DROP INDEX}. */
  void dropIndex(String table, String index);

  /** {@code DROP INDEX IF EXISTS}. */
  void dropIndexIfExists(String table, String index);

  /** Adds a foreign key constraint; {@link ForeignKey#ifNotExists()} for the idempotent form. */
  void createForeignKey(String table, ForeignKey foreignKey);

  /** Adds a unique constraint; {@link UniqueConstraint#ifNotExists()} for the idempotent form. */
  void createUniqueConstraint(String table, UniqueConstraint unique);

  /** Adds a check constraint; {@link CheckConstraint#ifNotExists()} for the idempotent form. */
  void createCheckConstraint(String table, CheckConstraint check);

  /** Drops a named constraint. */
  void dropConstraint(String table, String constraint);

  /** Drops a named constraint if the table has it. */
  void dropConstraintIfExists(String table, String constraint);

  /** {@code CREATE VIEW name AS selectSql}. */
  void createView(String name, String selectSql);

  /**
   * {@code CREATE OR REPLACE VIEW} on PostgreSQL (which only allows columns added at the end); on
   * SQLite the view is dropped if it exists and created.
   */
  void createOrReplaceView(String name, String selectSql);

  /** {@code DROP VIEW}. */
  void dropView(String name);

  /** {@code DROP VIEW IF EXISTS}. */
  void dropViewIfExists(String name);

  /** {@code CREATE SEQUENCE} (PostgreSQL): {@code op.createSequence(Sequence.named("order_no").startWith(1000))}. */
  void createSequence(Sequence sequence);

  /** {@code ALTER SEQUENCE} (PostgreSQL): changes the parts the spec sets, e.g. {@code Sequence.named("s").incrementBy(5)}. */
  void alterSequence(Sequence sequence);

  /** {@code DROP SEQUENCE} (PostgreSQL). */
  void dropSequence(String name);

  /** {@code DROP SEQUENCE IF EXISTS} (PostgreSQL). */
  void dropSequenceIfExists(String name);

  /** {@code CREATE TYPE name AS ENUM (values...)} (PostgreSQL). */
  void createEnumType(String name, String... values);

  /** {@code ALTER TYPE type ADD VALUE 'value'}: the new value sorts last (PostgreSQL). */
  void addEnumValue(String type, String value);

  /** {@code ALTER TYPE type ADD VALUE 'value' BEFORE 'existing'} (PostgreSQL). */
  void addEnumValueBefore(String type, String value, String existing);

  /** {@code ALTER TYPE type ADD VALUE 'value' AFTER 'existing'} (PostgreSQL). */
  void addEnumValueAfter(String type, String value, String existing);

  /** {@code DROP TYPE} of an enum type (PostgreSQL); the columns of that type must be gone first. */
  void dropEnumType(String name);

  /** {@code DROP TYPE IF EXISTS} of an enum type (PostgreSQL). */
  void dropEnumTypeIfExists(String name);

  /** {@code COMMENT ON TABLE} (PostgreSQL); a null {@code text} removes the comment. */
  void setTableComment(String table, String text);

  /** {@code COMMENT ON COLUMN} (PostgreSQL); a null {@code text} removes the comment. */
  void setColumnComment(String table, String column, String text);

  /** {@code COMMENT ON VIEW} (PostgreSQL); a null {@code text} removes the comment. */
  void setViewComment(String view, String text);

  /** Runs SQL as written (one statement). */
  void execute(String sql);

  /** Inserts rows (column name to value) with bound or, offline, escaped literal values. */
  void bulkInsert(String table, List<Map<String, Object>> rows);

  /**
   * The JDBC connection, inside the revision's transaction, for data migrations. Not available
   * in offline mode (an error names the revision).
   */
  Connection connection();
}
