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

  /** Why drift cannot be checked on a target in {@code state}: its applied schema is not known. */
  static Optional<String> driftNotChecked(FleetTargetState state) {
    if (!state.unresolved().isEmpty()) {
      return Optional.of("revision " + String.join(", ", state.unresolved())
          + " was started and never finished, so the schema it left is unknown (settle it with: retort resolve REVISION)");
    }
    if (!state.missing().isEmpty()) {
      return Optional.of("applied revision(s) " + String.join(", ", state.missing())
          + " have no file, so the schema they produce is unknown");
    }
    return Optional.empty();
  }

  /** Shown differences of a drifted target in a failure's message; the rest are counted. */
  private static final int DIFFERENCES_SHOWN = 5;

  /** Why {@code fleet check --drift} fails a target whose schema drifted: its differences and the fix. */
  static Optional<FleetFailure> driftFailure(FleetTargetState state, dev.retort.fleet.FleetTarget target) {
    if (!state.drift().orElse(false)) {
      return Optional.empty();
    }
    List<String> differences = state.driftDifferences();
    String shown = String.join("; ", differences.subList(0, Math.min(DIFFERENCES_SHOWN, differences.size())))
        + (differences.size() > DIFFERENCES_SHOWN ? "; ... and " + (differences.size() - DIFFERENCES_SHOWN) + " more" : "");
    String url = target.redactedUrl();
    // PostgreSQL's driver takes the schema as currentSchema; other databases are named with the schema as it is
    boolean pg = url.startsWith("jdbc:postgresql:") || url.startsWith("postgres");
    String from = target.schema().map(s -> pg ? url + (url.contains("?") ? "&" : "?") + "currentSchema=" + s
        : url + " (in schema " + s + ")").orElse(url);
    return failure("RT-F008", "schema drift: " + differences.size()
        + (differences.size() == 1 ? " difference" : " differences") + " from what its revisions produce: " + shown,
        "see the SQL that puts it back in line with: retort diff --from " + from + " --to migrations"
            + " (at head), or revert the hand-made change");
  }

  private static Optional<FleetFailure> failure(String code, String message, String fix) {
    return Optional.of(new FleetFailure(Optional.of(code), message, Optional.empty(), Optional.empty(),
        OptionalInt.empty(), Optional.empty(), Optional.of(fix)));
  }
}
