package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

/**
 * Unique constraints, matched by name (unnamed SQLite ones by their columns): added, dropped, and a
 * changed one dropped and added again.
 */
final class UniqueComparator {
  private UniqueComparator() {}

  static void compare(String table, Table current, Table desired, DiffPlan plan) {
    for (UniqueConstraint old : current.uniqueConstraints()) {
      if (!desired.uniqueConstraints().contains(old)) {
        Constraints.drop(table, old.name(), "unique constraint on " + old.columns(), plan);
      }
    }
    for (UniqueConstraint wanted : desired.uniqueConstraints()) {
      if (!current.uniqueConstraints().contains(wanted)) {
        plan.addConstraints.add(new Op.CreateUniqueConstraint(table, ModelConverter.unique(wanted)));
      }
    }
  }

}
