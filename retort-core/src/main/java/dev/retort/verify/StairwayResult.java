package dev.retort.verify;

import dev.retort.schema.SchemaSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * What a stairway walk found.
 *
 * @param revisions one report per revision, in the order walked
 * @param base the final downgrade (to base, or to {@code --min-revision}) and the schema it leaves
 * @param atHeads the schema with every revision applied; empty when the walk stopped before
 */
public record StairwayResult(List<RevisionReport> revisions, CheckResult base, Optional<SchemaSnapshot> atHeads) {
  public StairwayResult {
    revisions = List.copyOf(revisions);
  }
}
