package dev.retort.verify;

import java.util.List;

/**
 * Everything {@code verify} found.
 *
 * @param database where it ran, without a password: {@code SQLite in memory}, {@code database
 *     postgresql://localhost/throwaway}
 * @param revisions one report per revision, in the order they were upgraded
 * @param checks the checks of the project as a whole: {@code heads}, {@code base}, {@code schema}
 */
public record VerifyReport(String database, List<RevisionReport> revisions, List<CheckResult> checks) {
  public VerifyReport {
    revisions = List.copyOf(revisions);
    checks = List.copyOf(checks);
  }

  /** Whether no check failed. */
  public boolean passed() {
    return revisions.stream().noneMatch(r -> r.outcome() == Outcome.FAILED)
        && checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
  }
}
