package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.Index;
import dev.retort.schema.Table;

/** Indexes by name: created, dropped, and a changed one dropped and created again. */
final class IndexComparator {
  private IndexComparator() {}

  static void compare(String schema, String table, Table current, Table desired, DiffPlan plan) {
    for (Index old : current.indexes()) {
      if (!old.equals(desired.index(old.name()).orElse(null))) {
        plan.dropIndexes.add(new Op.DropIndex(ModelConverter.qualified(schema, table), old.name(), false));
      }
    }
    for (Index wanted : desired.indexes()) {
      if (!wanted.equals(current.index(wanted.name()).orElse(null))) {
        create(schema, table, wanted, plan);
      }
    }
  }

  /** Creates {@code index} on a table, warning about what the operation cannot carry. */
  static void create(String schema, String table, Index index, DiffPlan plan) {
    plan.createIndexes.add(new Op.CreateIndex(ModelConverter.index(schema, table, index)));
    if (!index.method().equals("btree")) {
      plan.warnings.add("index " + index.name() + " on " + table + " uses " + index.method()
          + ", which autogenerate does not write yet: it is created as a btree index");
    }
  }
}
