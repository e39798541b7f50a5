package dev.retort.autogen.diff;

import dev.retort.ops.Op;

/** Dropping a constraint takes its name; an unnamed one (SQLite) is reported instead. */
final class Constraints {
  private Constraints() {}

  static void drop(String table, String name, String what, DiffPlan plan) {
    drop(table, name, what, plan, plan.dropConstraints);
  }

  /** Drops into {@code bucket} (foreign keys go before everything else). */
  static void drop(String table, String name, String what, DiffPlan plan, java.util.List<Op> bucket) {
    if (name == null) {
      plan.warnings.add("table " + table + ": the unnamed " + what + " cannot be dropped by name;"
          + " give it a name (CONSTRAINT name) or rebuild the table by hand");
    } else {
      bucket.add(new Op.DropConstraint(table, name, false));
    }
  }
}
