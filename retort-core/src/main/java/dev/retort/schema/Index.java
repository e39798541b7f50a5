package dev.retort.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An index created with {@code CREATE [UNIQUE] INDEX}; the indexes the database creates for
 * primary keys and unique constraints belong to {@link PrimaryKey} and {@link UniqueConstraint}.
 *
 * @param name the index name
 * @param unique whether it is unique
 * @param columns the keys in index order
 * @param predicate the {@code WHERE} condition of a partial index as the database reports it, or null
 * @param method the access method: {@code btree}, {@code gin}, {@code gist}, {@code hash}, ...
 *     (SQLite indexes are all {@code btree})
 */
public record Index(String name, boolean unique, List<IndexColumn> columns, String predicate, String method) {
  static final Comparator<Index> ORDER = Comparator.comparing(Index::name);

  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    columns = List.copyOf(columns);
  }

  // equals and hashCode written out: the record's own go through method handles, slow in the cold
  // JVM of a check, which compares every table's indexes with them
  @Override
  public boolean equals(Object other) {
    return other instanceof Index i && unique == i.unique && name.equals(i.name) && columns.equals(i.columns)
        && Objects.equals(predicate, i.predicate) && method.equals(i.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, unique, columns, predicate, method);
  }
}
