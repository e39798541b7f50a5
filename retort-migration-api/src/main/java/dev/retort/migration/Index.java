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
 * @param method the access method ({@code USING gin}, {@code gist}, {@code brin}, {@code hash}; PostgreSQL
 *     only), or null for the default (btree)
 */
public record Index(
    String table, List<String> columns, String name, boolean isUnique, String where, boolean isConcurrent,
    boolean onlyIfMissing, String method) {
  public Index {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
  }

  /** An index of the default method. */
  public Index(
      String table, List<String> columns, String name, boolean isUnique, String where, boolean isConcurrent,
      boolean onlyIfMissing) {
    this(table, columns, name, isUnique, where, isConcurrent, onlyIfMissing, null);
  }

  /** An index on the columns, named {@code ix_<table>_<columns>} until {@link #named} says otherwise. */
  public static Index on(String table, String... columns) {
    return new Index(table, List.of(columns), "ix_" + table + "_" + String.join("_", columns), false, null, false, false, null);
  }

  public Index named(String indexName) {
    return new Index(table, columns, indexName, isUnique, where, isConcurrent, onlyIfMissing, method);
  }

  public Index unique() {
    return new Index(table, columns, name, true, where, isConcurrent, onlyIfMissing, method);
  }

  public Index where(String condition) {
    return new Index(table, columns, name, isUnique, condition, isConcurrent, onlyIfMissing, method);
  }

  public Index concurrently() {
    return new Index(table, columns, name, isUnique, where, true, onlyIfMissing, method);
  }

  public Index ifNotExists() {
    return new Index(table, columns, name, isUnique, where, isConcurrent, true, method);
  }

  /** The access method: {@code using("gin")} renders {@code USING gin} (PostgreSQL only). */
  public Index using(String accessMethod) {
    return new Index(table, columns, name, isUnique, where, isConcurrent, onlyIfMissing, accessMethod);
  }
}
