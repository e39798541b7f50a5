package dev.retort.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A {@code CHECK} constraint of a table or column.
 *
 * @param name the constraint name, or null where the database keeps none
 * @param expression the condition as the database reports it, without the outer parentheses
 *     (PostgreSQL: from {@code pg_get_constraintdef}; SQLite: as written in the table's SQL)
 */
public record CheckConstraint(String name, String expression) {
  static final Comparator<CheckConstraint> ORDER = Sorted.byName(CheckConstraint::name, CheckConstraint::expression);

  public CheckConstraint {
    Objects.requireNonNull(expression, "expression");
  }

  // equals and hashCode written out: the record's own go through method handles, slow in the cold
  // JVM of a check, which compares every table's checks with them
  @Override
  public boolean equals(Object other) {
    return other instanceof CheckConstraint c && Objects.equals(name, c.name) && expression.equals(c.expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, expression);
  }
}
