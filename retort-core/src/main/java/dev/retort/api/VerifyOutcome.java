package dev.retort.api;

/** How a check of {@code verify}, or a revision as a whole, came out. */
public enum VerifyOutcome {
  /** Ran and held. */
  PASSED,
  /** Ran and did not hold. */
  FAILED,
  /** Left out on purpose ({@code --skip}, {@code --min-revision}, no desired schema). */
  SKIPPED,
  /** Not reached: an earlier failure stopped verify. */
  NOT_RUN
}
