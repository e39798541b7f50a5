package dev.retort.migration;

import java.util.Objects;

/**
 * A named check constraint.
 *
 * @param name the constraint name, or null for one the database names itself (SQLite keeps it unnamed)
 * @param condition the SQL condition, e.g. {@code "quantity > 0"}
 * @param onlyIfMissing add it only when no constraint of that name exists
 */
public record CheckConstraint(String name, String condition, boolean onlyIfMissing) {
  public CheckConstraint {
    Objects.requireNonNull(condition, "condition");
  }

  public static CheckConstraint named(String name, String condition) {
    return new CheckConstraint(name, condition, false);
  }

  public CheckConstraint ifNotExists() {
    return new CheckConstraint(name, condition, true);
  }
}
