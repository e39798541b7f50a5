package dev.retort.migration;

import java.util.List;

/**
 * A named unique constraint over columns.
 *
 * @param name the constraint name, or null for one the database names itself (SQLite keeps it unnamed)
 * @param columns the columns
 * @param onlyIfMissing add it only when no constraint of that name exists
 */
public record UniqueConstraint(String name, List<String> columns, boolean onlyIfMissing) {
  public UniqueConstraint {
    columns = List.copyOf(columns);
  }

  public static UniqueConstraint named(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns), false);
  }

  public UniqueConstraint ifNotExists() {
    return new UniqueConstraint(name, columns, true);
  }
}
