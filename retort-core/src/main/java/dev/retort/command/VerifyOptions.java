package dev.retort.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of {@code retort verify}, as typed (revisions are ids, prefixes or labels).
 *
 * @param allHeads verify with several heads ({@code verify heads}) instead of failing the heads check
 * @param url a throwaway database to run on instead of a scratch database
 * @param allowData run on {@code url} even though it holds data
 * @param minRevision no downgrade below this revision
 * @param skip revisions that get no stairway
 * @param seeds a SQL file to run just before a revision's first upgrade, by revision
 */
public record VerifyOptions(boolean allHeads, Optional<String> url, boolean allowData, Optional<String> minRevision,
    List<String> skip, Map<String, Path> seeds) {
  public VerifyOptions {
    skip = List.copyOf(skip);
    seeds = Map.copyOf(seeds);
  }
}
