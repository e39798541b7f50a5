package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.List;

/**
 * Primary keys, compared by their columns (a name that differs alone, such as PostgreSQL's {@code
 * old_pkey} after a table rename, is no change): a key that goes or changes is dropped before the
 * columns change, and the new one added after.
 */
final class PrimaryKeyComparator {
  private PrimaryKeyComparator() {}

  static void compare(String table, Table current, Table desired, DiffPlan plan) {
    PrimaryKey old = current.primaryKey();
    PrimaryKey wanted = desired.primaryKey();
    if (columns(old).equals(columns(wanted))) {
      return;
    }
    if (old != null) {
      plan.dropConstraints.add(new Op.DropPrimaryKey(table, old.name()));
    }
    if (wanted != null) {
      plan.addConstraints.add(0, new Op.CreatePrimaryKey(table, wanted.name(), wanted.columns()));
    }
  }

  private static List<String> columns(PrimaryKey key) {
    return key == null ? List.of() : key.columns();
  }
}
