package dev.retort.api;

import dev.retort.command.StatusEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** What {@code fleet status} and {@code fleet check} find on a target, from its status entries. */
final class FleetStates {
  private FleetStates() {}

  static FleetTargetState of(List<StatusEntry> entries) {
    int pending = 0;
    List<String> edited = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (StatusEntry entry : entries) {
      switch (entry.state()) {
        case "pending" -> pending++;
        case "edited" -> edited.add(entry.id().value());
        case "missing" -> missing.add(entry.id().value());
        case "unresolved" -> unresolved.add(entry.id().value());
        default -> { }
      }
    }
    return new FleetTargetState(pending, edited, missing, unresolved, Optional.empty());
  }

  /** Why {@code fleet check} fails a target that is not merely behind: unresolved, missing or edited revisions. */
  static Optional<FleetFailure> checkFailure(FleetTargetState state) {
    if (!state.unresolved().isEmpty()) {
      return failure("RT-V040", "unresolved revision " + String.join(", ", state.unresolved())
          + ": it ran outside a transaction and did not complete", "settle it with: retort resolve REVISION");
    }
    if (!state.missing().isEmpty()) {
      return failure("RT-V009", "applied revision(s) no file has: " + String.join(", ", state.missing()),
          "restore the revision files, or downgrade the target before removing them");
    }
    if (!state.edited().isEmpty()) {
      return failure("RT-V009", "applied revision(s) edited since: " + String.join(", ", state.edited()),
          "revert the files, or record the edit with: retort accept REVISION");
    }
    return Optional.empty();
  }

  private static Optional<FleetFailure> failure(String code, String message, String fix) {
    return Optional.of(new FleetFailure(Optional.of(code), message, Optional.empty(), Optional.empty(),
        OptionalInt.empty(), Optional.empty(), Optional.of(fix)));
  }
}
