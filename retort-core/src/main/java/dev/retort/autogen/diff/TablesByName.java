package dev.retort.autogen.diff;

import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * A schema's tables by name, built once per comparison: {@link Schema#table(String)} scans the
 * list, and calling it for every table made the diff quadratic (seconds at 5,000 tables).
 */
final class TablesByName {
  private TablesByName() {}

  /** The tables of {@code schema} keyed by name (the first of a duplicated name, as {@link Schema#table} finds). */
  static Map<String, Table> of(Schema schema) {
    Map<String, Table> byName = new HashMap<>(schema.tables().size() * 2);
    for (Table t : schema.tables()) {
      byName.putIfAbsent(t.name(), t);
    }
    return byName;
  }
}
