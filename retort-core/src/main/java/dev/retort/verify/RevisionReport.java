package dev.retort.verify;

import dev.retort.graph.RevisionId;
import java.util.List;

/**
 * What {@code verify} found for one revision.
 *
 * @param revision the revision
 * @param checks its checks, in the order they ran (seed, upgrade, downgrade, stairway)
 */
public record RevisionReport(RevisionId revision, List<CheckResult> checks) {
  public RevisionReport {
    checks = List.copyOf(checks);
  }

  /** A revision the walk did not reach. */
  static RevisionReport notRun(RevisionId revision) {
    return new RevisionReport(revision, List.of(CheckResult.notRun("upgrade")));
  }

  /** Failed when a check failed, else passed when one passed, else skipped or not run. */
  public Outcome outcome() {
    Outcome outcome = Outcome.SKIPPED;
    boolean first = true;
    for (CheckResult check : checks) {
      outcome = first ? check.outcome() : outcome.and(check.outcome());
      first = false;
    }
    return outcome;
  }
}
