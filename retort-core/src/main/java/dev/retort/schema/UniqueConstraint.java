package dev.retort.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A {@code UNIQUE} constraint (a unique index created with {@code CREATE UNIQUE INDEX} is an
 * {@link Index} instead).
 *
 * @param name the constraint name, or null where the database keeps none
 * @param columns the columns in constraint order
 * @param deferrable whether it is {@code DEFERRABLE}
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 */
public record UniqueConstraint(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred) {
  static final Comparator<UniqueConstraint> ORDER = Sorted.byName(UniqueConstraint::name, u -> String.join(",", u.columns));

  public UniqueConstraint {
    columns = List.copyOf(columns);
  }

  /** A constraint that is checked immediately. */
  public static UniqueConstraint of(String name, List<String> columns) {
    return new UniqueConstraint(name, columns, false, false);
  }

  // equals and hashCode written out: the record's own go through method handles, slow in the cold
  // JVM of a check, which compares every table's unique constraints with them
  @Override
  public boolean equals(Object other) {
    return other instanceof UniqueConstraint u && deferrable == u.deferrable && initiallyDeferred == u.initiallyDeferred
        && Objects.equals(name, u.name) && columns.equals(u.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, deferrable, initiallyDeferred);
  }
}
