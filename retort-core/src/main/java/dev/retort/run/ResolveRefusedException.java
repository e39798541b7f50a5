package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.store.StartedRevision;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code retort resolve} refused: the revision has no unresolved started record (RT-V041), or
 * {@code --applied} cannot move the version table as the step would have (RT-V042). Nothing changed.
 */
public final class ResolveRefusedException extends RetortException {
  private static final long serialVersionUID = 1L;

  private ResolveRefusedException(ErrorCode code, String summary, List<String> details, String hint) {
    super(code, null, summary, details, hint);
  }

  /** {@code text} names no unresolved record; {@code unresolved} lists those there are. */
  static ResolveRefusedException nothingToResolve(String text, List<StartedRevision> unresolved) {
    List<String> details = new ArrayList<>();
    if (unresolved.isEmpty()) {
      details.add("no revision is recorded as started and not completed; every run so far completed or was resolved");
      return new ResolveRefusedException(ErrorCode.V041, "nothing to resolve for " + text, details,
          "nothing to do: resolve is only for a revision that ran outside a transaction and did not complete;"
              + " retort status shows the database's state");
    }
    details.add("unresolved now:");
    for (StartedRevision record : unresolved) {
      details.add("  " + record.revision() + "  " + record.direction() + " started at " + record.startedAt());
    }
    String first = unresolved.get(0).revision();
    return new ResolveRefusedException(ErrorCode.V041, "nothing to resolve for " + text
        + ": it is not a revision recorded as started and not completed", details,
        "name one of the revisions above: retort resolve " + first + " --applied (or --rolled-back)");
  }

  /** {@code text} is a prefix of several unresolved revisions. */
  static ResolveRefusedException ambiguous(String text, List<StartedRevision> matches) {
    List<String> details = new ArrayList<>();
    for (StartedRevision record : matches) {
      details.add(record.revision() + "  " + record.direction() + " started at " + record.startedAt());
    }
    return new ResolveRefusedException(ErrorCode.V041, "'" + text + "' names several unresolved revisions", details,
        "give the full id: retort resolve " + matches.get(0).revision() + " --applied (or --rolled-back)");
  }

  /**
   * {@code --applied} for {@code record}: the version table does not hold the rows the step
   * started from ({@code why}), so it cannot move as if the step had completed.
   */
  static ResolveRefusedException cannotApply(StartedRevision record, String why, String rowsNow) {
    return new ResolveRefusedException(ErrorCode.V042, "cannot record the " + record.direction() + " of "
        + record.revision() + " as applied: " + why,
        List.of(rowsNow, "nothing was changed; the record stays unresolved"),
        "put the version table back where the " + record.direction() + " started (retort stamp <those revisions>"
            + " --purge), then run retort resolve " + record.revision() + " --applied again; or, if the schema is as"
            + " before the " + record.direction() + ", retort resolve " + record.revision() + " --rolled-back");
  }
}
