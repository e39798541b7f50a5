package dev.retort.schema;

import java.util.Objects;

/**
 * A computed column's expression ({@code GENERATED ALWAYS AS (expression)}).
 *
 * @param expression the expression as the database reports it, without the outer parentheses
 * @param stored whether the value is stored ({@code STORED}) rather than computed on read
 *     ({@code VIRTUAL}, SQLite only)
 */
public record GeneratedColumn(String expression, boolean stored) {
  public GeneratedColumn {
    Objects.requireNonNull(expression, "expression");
  }
}
