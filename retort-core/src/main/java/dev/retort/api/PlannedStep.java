package dev.retort.api;

import java.util.List;
import java.util.Optional;

/**
 * One step of a migration: a revision applied or reverted, or a stamp.
 *
 * @param direction what the step does
 * @param revision the revision it runs; empty for a stamp
 * @param rowsBefore the version table's rows before it, sorted
 * @param rowsAfter the version table's rows after it, sorted
 */
public record PlannedStep(Direction direction, Optional<RevisionInfo> revision, List<String> rowsBefore,
    List<String> rowsAfter) {
  public PlannedStep {
    rowsBefore = List.copyOf(rowsBefore);
    rowsAfter = List.copyOf(rowsAfter);
  }

  /** The id of the revision it runs; empty for a stamp. */
  public Optional<String> revisionId() {
    return revision.map(RevisionInfo::id);
  }
}
