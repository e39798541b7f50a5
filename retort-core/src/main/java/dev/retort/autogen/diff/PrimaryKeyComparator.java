package dev.retort.autogen.diff;

import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Objects;

/**
 * Primary keys. The operations create a key with its table but cannot add or drop one on an
 * existing table, so a changed key is reported as a warning and left to a hand-written step.
 */
final class PrimaryKeyComparator {
  private PrimaryKeyComparator() {}

  static void compare(String table, Table current, Table desired, DiffPlan plan) {
    if (!Objects.equals(columns(current.primaryKey()), columns(desired.primaryKey()))) {
      plan.warnings.add("table " + table + ": primary key changes from " + columns(current.primaryKey()) + " to "
          + columns(desired.primaryKey()) + ", which autogenerate does not write yet; add it by hand (execute)");
    }
  }

  private static List<String> columns(PrimaryKey key) {
    return key == null ? List.of() : key.columns();
  }
}
