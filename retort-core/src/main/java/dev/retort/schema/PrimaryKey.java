package dev.retort.schema;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name the constraint name, or null where the database keeps none (SQLite without {@code
 *     CONSTRAINT name})
 * @param columns the key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) {
  public PrimaryKey {
    columns = List.copyOf(columns);
  }
}
