package dev.retort.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of {@code verify}. Revisions are named as on the command line: an id, a unique
 * prefix or a branch label.
 *
 * @param allHeads verify a history with several heads ({@code retort verify heads}); without it,
 *     several heads fail the {@code heads} check
 * @param url a throwaway database to run on instead of a scratch database of the project's dialect
 * @param allowData run on {@code url} even though it holds tables or version rows
 * @param minRevision no downgrade goes below this revision: it and its ancestors get no stairway,
 *     and the final downgrade stops there
 * @param skip revisions that get no stairway (they are still upgraded)
 * @param seeds a SQL file to run just before a revision's first upgrade, by revision
 */
public record VerifyRequest(boolean allHeads, Optional<String> url, boolean allowData, Optional<String> minRevision,
    List<String> skip, Map<String, Path> seeds) {
  public VerifyRequest {
    skip = List.copyOf(skip);
    seeds = Map.copyOf(seeds);
  }

  /** The defaults: one head required, a scratch database, every revision's stairway, no seeds. */
  public static VerifyRequest defaults() {
    return new VerifyRequest(false, Optional.empty(), false, Optional.empty(), List.of(), Map.of());
  }
}
