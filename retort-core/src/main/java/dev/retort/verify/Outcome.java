package dev.retort.verify;

/** How one check, or one revision as a whole, came out. */
public enum Outcome {
  /** Ran and held. */
  PASSED,
  /** Ran and did not hold. */
  FAILED,
  /** Left out on purpose ({@code --skip}, {@code --min-revision}, nothing to compare with). */
  SKIPPED,
  /** Not reached: an earlier failure stopped the walk. */
  NOT_RUN;

  /** The worse of two outcomes for a revision: a failure wins, then a pass. */
  Outcome and(Outcome other) {
    if (this == FAILED || other == FAILED) {
      return FAILED;
    }
    if (this == PASSED || other == PASSED) {
      return PASSED;
    }
    return this == NOT_RUN || other == NOT_RUN ? NOT_RUN : SKIPPED;
  }
}
