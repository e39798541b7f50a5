package dev.retort.api;

import java.util.List;

/**
 * What {@code verify} found.
 *
 * @param database where it ran, without a password: {@code SQLite in memory}, {@code temporary
 *     database ... on localhost:5432}, {@code database postgresql://localhost/throwaway}
 * @param revisions one entry per revision, in the order they were upgraded
 * @param checks the checks of the project as a whole: {@code heads}, {@code base}, {@code schema}
 */
public record VerifyResult(String database, List<VerifiedRevision> revisions, List<VerifyCheck> checks) {
  public VerifyResult {
    revisions = List.copyOf(revisions);
    checks = List.copyOf(checks);
  }

  /** Whether no check failed. */
  public boolean passed() {
    return revisions.stream().noneMatch(r -> r.outcome() == VerifyOutcome.FAILED)
        && checks.stream().noneMatch(c -> c.outcome() == VerifyOutcome.FAILED);
  }
}
