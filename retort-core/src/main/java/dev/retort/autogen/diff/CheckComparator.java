package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Table;

/**
 * Check constraints, matched by name and expression: added, dropped, and a changed one dropped and
 * added again.
 */
final class CheckComparator {
  private CheckComparator() {}

  static void compare(String table, Table current, Table desired, DiffPlan plan) {
    for (CheckConstraint old : current.checks()) {
      if (!desired.checks().contains(old)) {
        Constraints.drop(table, old.name(), "check (" + old.expression() + ")", plan);
      }
    }
    for (CheckConstraint wanted : desired.checks()) {
      if (!current.checks().contains(wanted)) {
        plan.addConstraints.add(new Op.CreateCheckConstraint(table, ModelConverter.check(wanted)));
      }
    }
  }
}
