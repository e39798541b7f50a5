package dev.retort.api;

/** How serious a lint finding is: errors fail {@code lint}; warnings fail it with {@code strict}. */
public enum LintSeverity {
  /** Fails {@code lint}. */
  ERROR,
  /** Fails {@code lint --strict}. */
  WARNING,
  /** Worth knowing; never fails a run. */
  INFO,
  /** A rule's level when {@code [lint]} switches it off; no reported finding has it. */
  OFF
}
