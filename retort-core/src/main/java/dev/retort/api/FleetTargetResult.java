package dev.retort.api;

import java.util.List;
import java.util.Optional;

/**
 * One target's line of a fleet report.
 *
 * @param name the target's name
 * @param stage the stage it ran in
 * @param tags its tags
 * @param url its URL with any password removed
 * @param schema its schema for schema-per-tenant targets, or empty
 * @param status what happened
 * @param before the version table's rows before the command (sorted), empty when unknown
 * @param after the rows after it (sorted), empty when unknown
 * @param durationMillis how long the target took, connection included
 * @param error why it failed, for {@link FleetTargetStatus#FAILED} and {@link FleetTargetStatus#UNREACHABLE}
 * @param state what {@code fleet status} found, or empty for other commands
 */
public record FleetTargetResult(String name, String stage, List<String> tags, String url, Optional<String> schema,
    FleetTargetStatus status, List<String> before, List<String> after, long durationMillis,
    Optional<FleetFailure> error, Optional<FleetTargetState> state) {
  public FleetTargetResult {
    tags = List.copyOf(tags);
    before = List.copyOf(before);
    after = List.copyOf(after);
  }
}
