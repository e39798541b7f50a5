package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.store.StartedRevision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A run refused (RT-V040): a step that ran outside one transaction was recorded as started and
 * never completed (a statement failed, or the process died), so the schema may be half-changed.
 * Names the revision, its file, which statements ran, and the two {@code retort resolve} commands.
 */
public final class UnresolvedRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  private UnresolvedRevisionException(List<StartedRevision> unresolved, Optional<Path> file, String stateNow) {
    super(
        ErrorCode.V040,
        file.map(Location::of).orElse(null),
        summary(unresolved.get(0)),
        details(unresolved, file.isPresent(), stateNow),
        PartialRunText.fix(unresolved.get(0)));
  }

  /** The refusal for {@code unresolved} (not empty), with the revision's file from {@code graph} and the rows now. */
  static UnresolvedRevisionException of(List<StartedRevision> unresolved, RevisionGraph graph,
      Set<RevisionId> rows) {
    return of(unresolved, graph, rows, "; nothing was run now");
  }

  private static UnresolvedRevisionException of(List<StartedRevision> unresolved, RevisionGraph graph,
      Set<RevisionId> rows, String after) {
    String id = unresolved.get(0).revision();
    Optional<Path> file = RevisionId.isValid(id) && graph.contains(RevisionId.of(id))
        ? Optional.of(graph.get(RevisionId.of(id)).origin().path())
        : Optional.empty();
    return new UnresolvedRevisionException(unresolved, file, StateLeft.state(rows) + after);
  }

  /**
   * What the next run would refuse with on a database in {@code state} (which has unresolved
   * records), for {@code status} and {@code current}, which show it without running anything.
   */
  public static UnresolvedRevisionException refusal(DatabaseState state, RevisionGraph graph) {
    return of(state.unresolved(), graph, state.rows(), "");
  }

  private static String summary(StartedRevision first) {
    return "the " + first.direction() + " of " + first.revision() + " started at " + first.startedAt() + " (by "
        + first.appliedBy() + ") and did not complete: " + (first.failed() ? "a statement failed"
            : "the process stopped while it ran") + "; no upgrade or downgrade runs until it is resolved";
  }

  private static List<String> details(List<StartedRevision> unresolved, boolean hasFile, String stateNow) {
    StartedRevision first = unresolved.get(0);
    List<String> lines = new ArrayList<>();
    lines.add("it ran outside a transaction, so each statement committed as it ran:");
    lines.addAll(PartialRunText.details(first));
    if (!hasFile) {
      lines.add("no revision file has " + first.revision() + " any more; the statements above are as recorded");
    }
    for (StartedRevision other : unresolved.subList(1, unresolved.size())) {
      lines.add("also unresolved: the " + other.direction() + " of " + other.revision() + " (started at "
          + other.startedAt() + "); resolve it the same way");
    }
    lines.add(stateNow);
    return lines;
  }
}
