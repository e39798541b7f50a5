package dev.retort.migration;

import java.util.List;

/**
 * A named unique constraint over columns.
 *
 * @param name the constraint name, or null for one the database names itself (SQLite keeps it unnamed)
 * @param columns the columns
 * @param onlyIfMissing add it only when no constraint of that name exists
 * @param isDeferrable {@code DEFERRABLE} (PostgreSQL)
 * @param isInitiallyDeferred {@code DEFERRABLE INITIALLY DEFERRED} (PostgreSQL)
 */
public record UniqueConstraint(
    String name, List<String> columns, boolean onlyIfMissing, boolean isDeferrable, boolean isInitiallyDeferred) {
  public UniqueConstraint {
    columns = List.copyOf(columns);
  }

  /** A constraint checked immediately. */
  public UniqueConstraint(String name, List<String> columns, boolean onlyIfMissing) {
    this(name, columns, onlyIfMissing, false, false);
  }

  public static UniqueConstraint named(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns), false);
  }

  public UniqueConstraint ifNotExists() {
    return new UniqueConstraint(name, columns, true, isDeferrable, isInitiallyDeferred);
  }

  /** {@code DEFERRABLE} (PostgreSQL; checked immediately unless a transaction defers it). */
  public UniqueConstraint deferrable() {
    return new UniqueConstraint(name, columns, onlyIfMissing, true, isInitiallyDeferred);
  }

  /** {@code DEFERRABLE INITIALLY DEFERRED} (PostgreSQL): checked when the transaction commits. */
  public UniqueConstraint initiallyDeferred() {
    return new UniqueConstraint(name, columns, onlyIfMissing, true, true);
  }
}
