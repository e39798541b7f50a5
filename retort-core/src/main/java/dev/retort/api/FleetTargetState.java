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
 * @param drift whether the live schema differs from the one its applied revisions produce, when that
 *     was checked ({@code --drift}); empty when not checked
 * @param driftDifferences when it differs, each difference as {@code retort check --url} prints it
 *     ({@code - index ix_extra on users}: only in the database; {@code +}: missing from it; {@code ~}:
 *     differs); empty otherwise
 * @param driftNotChecked why drift was asked for and not checked (an unresolved or missing
 *     revision), or empty
 */
public record FleetTargetState(int pending, List<String> edited, List<String> missing, List<String> unresolved,
    Optional<Boolean> drift, List<String> driftDifferences, Optional<String> driftNotChecked) {
  public FleetTargetState {
    edited = List.copyOf(edited);
    missing = List.copyOf(missing);
    unresolved = List.copyOf(unresolved);
    driftDifferences = List.copyOf(driftDifferences);
  }

  /** A state without its drift's differences or reason. */
  public FleetTargetState(int pending, List<String> edited, List<String> missing, List<String> unresolved,
      Optional<Boolean> drift) {
    this(pending, edited, missing, unresolved, drift, List.of(), Optional.empty());
  }

  /** The same state with drift checked: {@code differences} found (none: no drift). */
  public FleetTargetState withDrift(List<String> differences) {
    return new FleetTargetState(pending, edited, missing, unresolved, Optional.of(!differences.isEmpty()), differences,
        Optional.empty());
  }

  /** The same state with drift not checked, for {@code reason}. */
  public FleetTargetState withDriftNotChecked(String reason) {
    return new FleetTargetState(pending, edited, missing, unresolved, Optional.empty(), List.of(), Optional.of(reason));
  }
}
