package dev.retort.api;

import java.util.List;
import java.util.Optional;

/**
 * What {@code retort fleet status} found on one target, beside its current revisions.
 *
 * @param pending how many revisions are not applied yet
 * @param edited applied revisions whose file changed since
 * @param missing applied revisions no file has any more
 * @param unresolved revisions recorded as started and never finished ({@code retort resolve})
 * @param drift whether the live schema differs from the one the migrations produce, when that was
 *     checked; empty when not checked
 */
public record FleetTargetState(int pending, List<String> edited, List<String> missing, List<String> unresolved,
    Optional<Boolean> drift) {
  public FleetTargetState {
    edited = List.copyOf(edited);
    missing = List.copyOf(missing);
    unresolved = List.copyOf(unresolved);
  }
}
