package dev.retort.lint;

/** How bad a finding is. Errors fail {@code retort lint}; warnings fail it with {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  /** Switched off in configuration. */
  OFF
}
