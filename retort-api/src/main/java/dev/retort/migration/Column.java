package dev.retort.migration;

import java.util.Objects;

/**
 * A column definition, built with withers: {@code Column.of("email", Type.varchar(320)).notNull().unique()}.
 *
 * @param name the column name
 * @param type its type
 * @param nullable whether NULL is allowed (default true)
 * @param defaultSql the default as a SQL expression ({@code "0"}, {@code "'new'"}, {@code "CURRENT_TIMESTAMP"}), or null
 * @param isPrimaryKey part of the primary key
 * @param isUnique has a unique constraint of its own
 * @param references a foreign key to {@code table(column)}, or null
 */
public record Column(
    String name, Type type, boolean nullable, String defaultSql, boolean isPrimaryKey, boolean isUnique, String references) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public static Column of(String name, Type type) {
    return new Column(name, type, true, null, false, false, null);
  }

  public Column notNull() {
    return new Column(name, type, false, defaultSql, isPrimaryKey, isUnique, references);
  }

  public Column nullable(boolean allowNull) {
    return new Column(name, type, allowNull, defaultSql, isPrimaryKey, isUnique, references);
  }

  /** A default, as a SQL expression. */
  public Column defaultSql(String sql) {
    return new Column(name, type, nullable, sql, isPrimaryKey, isUnique, references);
  }

  public Column primaryKey() {
    return new Column(name, type, false, defaultSql, true, isUnique, references);
  }

  public Column unique() {
    return new Column(name, type, nullable, defaultSql, isPrimaryKey, true, references);
  }

  /** A foreign key to {@code table(column)}. */
  public Column references(String table, String column) {
    return new Column(name, type, nullable, defaultSql, isPrimaryKey, isUnique, table + "(" + column + ")");
  }
}
