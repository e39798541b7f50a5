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
