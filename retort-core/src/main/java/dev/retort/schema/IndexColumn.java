package dev.retort.schema;

import java.util.Objects;

/**
 * One key of an index: a column or an expression, and its sort direction.
 *
 * @param column the column name, or null for an expression key
 * @param expression the expression as the database reports it, or null for a column key
 * @param descending whether the key sorts {@code DESC}
 */
public record IndexColumn(String column, String expression, boolean descending) {
  public IndexColumn {
    if ((column == null) == (expression == null)) {
      throw new IllegalArgumentException("an index key is a column or an expression: " + column + ", " + expression);
    }
  }

  /** An ascending column key. */
  public static IndexColumn of(String column) {
    return new IndexColumn(column, null, false);
  }

  /** A descending column key. */
  public static IndexColumn desc(String column) {
    return new IndexColumn(column, null, true);
  }

  /** An ascending expression key. */
  public static IndexColumn expression(String expression) {
    return new IndexColumn(null, expression, false);
  }

  /** The key as it would read in {@code CREATE INDEX}. */
  public String text() {
    return (column != null ? column : expression) + (descending ? " DESC" : "");
  }

  // equals and hashCode written out: the record's own go through method handles, slow in the cold
  // JVM of a check, which compares every table's index keys with them
  @Override
  public boolean equals(Object other) {
    return other instanceof IndexColumn k && descending == k.descending && Objects.equals(column, k.column)
        && Objects.equals(expression, k.expression);
  }

  @Override
  public int hashCode() {
    return Objects.hash(column, expression, descending);
  }
}
