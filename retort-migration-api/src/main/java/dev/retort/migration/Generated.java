package dev.retort.migration;

import java.util.Objects;

/**
 * A computed column's expression: {@code GENERATED ALWAYS AS (expression) STORED}, or {@code
 * VIRTUAL} (computed when read; SQLite only).
 *
 * @param expression the SQL expression, without the outer parentheses
 * @param stored whether the value is stored
 */
public record Generated(String expression, boolean stored) {
  public Generated {
    Objects.requireNonNull(expression, "expression");
  }
}
