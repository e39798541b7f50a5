package dev.retort.api;

import java.time.Instant;
import java.util.List;

/**
 * What one fleet command did across its targets: the content of {@code --report FILE}.
 *
 * @param command the fleet command ({@code upgrade}, {@code status}, ...)
 * @param revisionTarget the revision target given to it ({@code heads}, an id, ...), or empty
 * @param shard the slice run, as {@code K/N}, or empty for the whole fleet (a merged report: empty)
 * @param startedAt when the run started
 * @param durationMillis how long the whole run took
 * @param targets every target of the run, in the fleet's order
 */
public record FleetReport(String command, String revisionTarget, String shard, Instant startedAt,
    long durationMillis, List<FleetTargetResult> targets) {
  public FleetReport {
    targets = List.copyOf(targets);
  }

  /** The targets that failed or could not be reached, in order. */
  public List<FleetTargetResult> failures() {
    return targets.stream().filter(t -> t.status().isFailure()).toList();
  }
}
