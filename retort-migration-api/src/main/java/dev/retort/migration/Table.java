package dev.retort.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table to create: {@code Table.named("orders").column(...).primaryKey("id").foreignKey(...)}.
 *
 * @param name the table name
 * @param columns its columns, in order
 * @param primaryKey primary key columns (besides columns marked {@link Column#primaryKey()})
 * @param uniques unique constraints
 * @param checks check constraints
 * @param foreignKeys foreign keys
 * @param onlyIfMissing render {@code CREATE TABLE IF NOT EXISTS}
 */
public record Table(
    String name, List<Column> columns, List<String> primaryKey, List<UniqueConstraint> uniques,
    List<CheckConstraint> checks, List<ForeignKey> foreignKeys, boolean onlyIfMissing) {
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniques = List.copyOf(uniques);
    checks = List.copyOf(checks);
    foreignKeys = List.copyOf(foreignKeys);
  }

  public static Table named(String name) {
    return new Table(name, List.of(), List.of(), List.of(), List.of(), List.of(), false);
  }

  public Table column(Column column) {
    return new Table(name, plus(columns, column), primaryKey, uniques, checks, foreignKeys, onlyIfMissing);
  }

  /** A (composite) primary key. */
  public Table primaryKey(String... columnNames) {
    return new Table(name, columns, List.of(columnNames), uniques, checks, foreignKeys, onlyIfMissing);
  }

  public Table unique(UniqueConstraint unique) {
    return new Table(name, columns, primaryKey, plus(uniques, unique), checks, foreignKeys, onlyIfMissing);
  }

  public Table check(CheckConstraint check) {
    return new Table(name, columns, primaryKey, uniques, plus(checks, check), foreignKeys, onlyIfMissing);
  }

  public Table foreignKey(ForeignKey foreignKey) {
    return new Table(name, columns, primaryKey, uniques, checks, plus(foreignKeys, foreignKey), onlyIfMissing);
  }

  public Table ifNotExists() {
    return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, true);
  }

  private static <T> List<T> plus(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(Objects.requireNonNull(item));
    return copy;
  }
}
