package dev.retort.migration;

import java.util.List;
import java.util.Objects;

/**
 * An index to create: {@code Index.on("users", "email").named("ix_users_email").unique()}.
 *
 * @param table the table
 * @param columns the columns (or expressions), in order
 * @param name the index name
 * @param isUnique a unique index
 * @param where a partial index condition, or null
 * @param isConcurrent {@code CONCURRENTLY} on PostgreSQL (the revision must be {@code transactional = false})
 * @param onlyIfMissing render {@code IF NOT EXISTS}
 */
public record Index(
    String table, List<String> columns, String name, boolean isUnique, String where, boolean isConcurrent,
    boolean onlyIfMissing) {
  public Index {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
  }

  /** An index on the columns, named {@code ix_<table>_<columns>} until {@link #named} says otherwise. */
  public static Index on(String table, String... columns) {
    return new Index(table, List.of(columns), "ix_" + table + "_" + String.join("_", columns), false, null, false, false);
  }

  public Index named(String indexName) {
    return new Index(table, columns, indexName, isUnique, where, isConcurrent, onlyIfMissing);
  }

  public Index unique() {
    return new Index(table, columns, name, true, where, isConcurrent, onlyIfMissing);
  }

  public Index where(String condition) {
    return new Index(table, columns, name, isUnique, condition, isConcurrent, onlyIfMissing);
  }

  public Index concurrently() {
    return new Index(table, columns, name, isUnique, where, true, onlyIfMissing);
  }

  public Index ifNotExists() {
    return new Index(table, columns, name, isUnique, where, isConcurrent, true);
  }
}
