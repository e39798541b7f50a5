package dev.retort.verify;

import java.util.List;

/**
 * One check of {@code verify} and how it came out.
 *
 * @param name what was checked: {@code seed}, {@code upgrade}, {@code downgrade}, {@code stairway},
 *     {@code heads}, {@code base}, {@code schema}
 * @param outcome how it came out
 * @param message one line: what failed and where, or why it was skipped; empty when it passed
 *     without comment
 * @param details further lines: the statement and the database's message, or each difference
 */
public record CheckResult(String name, Outcome outcome, String message, List<String> details) {
  public CheckResult {
    details = List.copyOf(details);
  }

  static CheckResult passed(String name, String message) {
    return new CheckResult(name, Outcome.PASSED, message, List.of());
  }

  static CheckResult failed(String name, String message, List<String> details) {
    return new CheckResult(name, Outcome.FAILED, message, details);
  }

  static CheckResult skipped(String name, String why) {
    return new CheckResult(name, Outcome.SKIPPED, why, List.of());
  }

  static CheckResult notRun(String name) {
    return new CheckResult(name, Outcome.NOT_RUN, "not run: an earlier check failed", List.of());
  }
}
