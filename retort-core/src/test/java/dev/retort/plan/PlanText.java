package dev.retort.plan;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;
import java.util.List;
import java.util.Set;

/** Short ways to write revisions and read plans in the planner tests. */
final class PlanText {
  private PlanText() {}

  /** Revision {@code id}; {@code parents} and {@code deps} space separated, {@code label} or "". */
  static Revision rev(String id, String parents, String deps, String label) {
    return Revision.of(id, words(parents), words(deps), label.isEmpty() ? Set.of() : Set.of(label));
  }

  /** Ids written space separated. */
  static List<RevisionId> ids(String text) {
    return words(text).stream().map(RevisionId::of).toList();
  }

  /** The revisions a downgrade plan removes, in order. */
  static List<String> downgraded(Plan plan) {
    return plan.steps().stream().map(s -> ((Step.Downgrade) s).revision().value()).toList();
  }

  /** Each step as {@code +id}, {@code -id} or {@code stamp}. */
  static List<String> steps(Plan plan) {
    return plan.steps().stream().map(s -> s instanceof Step.Upgrade u ? "+" + u.revision().value()
        : s instanceof Step.Downgrade d ? "-" + d.revision().value() : "stamp").toList();
  }

  private static List<String> words(String text) {
    return text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
  }
}
