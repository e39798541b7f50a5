package dev.retort.api;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Retort#resolve} settled.
 *
 * @param id the revision id
 * @param revision the revision, or empty when no file has it any more
 * @param direction the step that did not complete: {@link Direction#UPGRADE} or {@link Direction#DOWNGRADE}
 * @param resolution how it was settled
 * @param rowsBefore the version rows before, sorted
 * @param rowsAfter the version rows after, sorted (the same as before for {@link Resolution#ROLLED_BACK})
 */
public record ResolvedRevision(String id, Optional<RevisionInfo> revision, Direction direction, Resolution resolution,
    List<String> rowsBefore, List<String> rowsAfter) {
  public ResolvedRevision {
    rowsBefore = List.copyOf(rowsBefore);
    rowsAfter = List.copyOf(rowsAfter);
  }
}
