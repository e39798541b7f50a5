package dev.retort.verify;

import dev.retort.graph.RevisionId;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one {@code verify} walk, with revisions already resolved to ids.
 *
 * @param minRevision no downgrade goes below it: it and its ancestors get no stairway, and the
 *     final downgrade stops at it instead of base
 * @param skip revisions that get no stairway (they are still upgraded)
 * @param seeds a SQL file to run just before a revision's first upgrade
 */
public record VerifySettings(Optional<RevisionId> minRevision, Set<RevisionId> skip, Map<RevisionId, Path> seeds) {
  public VerifySettings {
    skip = Set.copyOf(skip);
    seeds = Map.copyOf(seeds);
  }

  /** No options: every revision gets a stairway, the final downgrade goes to base. */
  public static VerifySettings none() {
    return new VerifySettings(Optional.empty(), Set.of(), Map.of());
  }
}
