package dev.retort.api;

import java.util.List;

/**
 * What a migration command does (or did): its steps in order, and the version table's rows before
 * and after.
 *
 * @param direction upgrade, downgrade or stamp
 * @param target the target as given ({@code heads}, {@code base}, {@code -1}, a revision)
 * @param steps the steps in order; for a finished run, only those that ran
 * @param rowsBefore the rows before the first step, sorted
 * @param rowsAfter the rows after the last step, sorted
 */
public record MigrationPlan(Direction direction, String target, List<PlannedStep> steps, List<String> rowsBefore,
    List<String> rowsAfter) {
  public MigrationPlan {
    steps = List.copyOf(steps);
    rowsBefore = List.copyOf(rowsBefore);
    rowsAfter = List.copyOf(rowsAfter);
  }

  /** Whether there is nothing to do. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
