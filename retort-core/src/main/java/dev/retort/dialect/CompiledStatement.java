package dev.retort.dialect;

import java.util.Collections;
import java.util.List;

/**
 * One SQL statement compiled from an operation: the text, with {@code ?} placeholders for the
 * bound parameters when there are any (only {@code bulkInsert} has them).
 *
 * @param sql the statement, without a terminating semicolon
 * @param parameters the values bound to the placeholders, in order (may hold nulls)
 */
public record CompiledStatement(String sql, List<Object> parameters) {
  public CompiledStatement {
    parameters = Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
  }

  /** A statement without parameters. */
  public static CompiledStatement of(String sql) {
    return new CompiledStatement(sql, List.of());
  }
}
