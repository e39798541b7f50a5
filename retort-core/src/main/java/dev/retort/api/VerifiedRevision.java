package dev.retort.api;

import java.util.List;

/**
 * One revision as {@code verify} found it.
 *
 * @param revision the revision
 * @param outcome failed when a check failed, else passed when one passed, else skipped or not run
 * @param checks its checks, in the order they ran
 */
public record VerifiedRevision(RevisionInfo revision, VerifyOutcome outcome, List<VerifyCheck> checks) {
  public VerifiedRevision {
    checks = List.copyOf(checks);
  }

  /** The first failed check, if any. */
  public java.util.Optional<VerifyCheck> failure() {
    return checks.stream().filter(c -> c.outcome() == VerifyOutcome.FAILED).findFirst();
  }
}
