package dev.retort.api;

import java.util.List;

/**
 * One check of {@code verify}.
 *
 * @param name {@code seed}, {@code upgrade}, {@code downgrade} or {@code stairway} for a revision;
 *     {@code heads}, {@code base} or {@code schema} for the project
 * @param outcome how it came out
 * @param message one line: what failed and where (a failed statement's file and line, what a
 *     downgrade left behind), why it was skipped, or what passed; may be empty
 * @param details further lines: the statement, each difference
 */
public record VerifyCheck(String name, VerifyOutcome outcome, String message, List<String> details) {
  public VerifyCheck {
    details = List.copyOf(details);
  }
}
