package dev.retort.api;

import java.util.List;

/**
 * What an upgrade, downgrade or stamp did.
 *
 * @param plan the plan as run (steps left out after a stop request are not in it)
 * @param applied the steps that ran, in order, with their durations
 * @param repeatablesApplied the repeatable revisions an upgrade applied after the steps, in order
 */
public record MigrationResult(MigrationPlan plan, List<AppliedStep> applied, List<String> repeatablesApplied) {
  public MigrationResult {
    applied = List.copyOf(applied);
    repeatablesApplied = List.copyOf(repeatablesApplied);
  }

  /** A result with no repeatable revision applied. */
  public MigrationResult(MigrationPlan plan, List<AppliedStep> applied) {
    this(plan, applied, List.of());
  }

  /** Whether the database was already where the command would take it. */
  public boolean nothingToDo() {
    return plan.isEmpty() && repeatablesApplied.isEmpty();
  }
}
