package dev.retort.api;

import java.util.List;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param plan the plan as run (steps left out after a stop request are not in it)
 * @param applied the steps that ran, in order, with their durations
 */
public record MigrationResult(MigrationPlan plan, List<AppliedStep> applied) {
  public MigrationResult {
    applied = List.copyOf(applied);
  }

  /** Whether the database was already where the command would take it. */
  public boolean nothingToDo() {
    return plan.isEmpty();
  }
}
