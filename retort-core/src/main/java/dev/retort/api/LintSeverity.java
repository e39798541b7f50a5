package dev.retort.api;

/** How serious a lint finding is; an error fails {@code retort lint}. */
public enum LintSeverity {
  INFO,
  WARNING,
  ERROR
}
