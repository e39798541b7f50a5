package dev.retort.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One fleet command and the targets it runs on.
 *
 * @param command what to do on each target
 * @param revision the revision target of upgrade, downgrade and stamp ({@code heads}, an id, ...);
 *     ignored by the read commands
 * @param shard {@code K/N}: the Kth of N slices of the fleet (by a hash of each target's name), or empty for all
 * @param only run only the targets of these names; empty for all
 * @param tags run only the targets having any of these tags; empty for all
 * @param parallel targets at once in every stage, overriding the configuration; empty to keep it
 * @param drift for {@code status} and {@code check}: also compare each target's live schema with the
 *     one its applied revisions produce (replayed once per set of revisions on a scratch database)
 */
public record FleetRequest(FleetCommand command, String revision, Optional<String> shard, List<String> only,
    List<String> tags, OptionalInt parallel, boolean drift) {
  public FleetRequest {
    only = List.copyOf(only);
    tags = List.copyOf(tags);
  }

  /** A request without drift. */
  public FleetRequest(FleetCommand command, String revision, Optional<String> shard, List<String> only,
      List<String> tags, OptionalInt parallel) {
    this(command, revision, shard, only, tags, parallel, false);
  }

  /** {@code command} on every target, with the configured parallelism. */
  public static FleetRequest of(FleetCommand command, String revision) {
    return new FleetRequest(command, revision, Optional.empty(), List.of(), List.of(), OptionalInt.empty());
  }

  /** The same request checking drift ({@code status} and {@code check} only). */
  public FleetRequest withDrift() {
    return new FleetRequest(command, revision, shard, only, tags, parallel, true);
  }
}
