package dev.retort.lint;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@code retort lint} against the project's baseline.
 *
 * @param findings the findings the baseline does not record
 * @param suppressed how many findings the baseline recorded (not in {@code findings})
 * @param stale how many baseline entries match no finding any more (fixed, or the statement edited)
 * @param baseline the baseline file read, or empty when there is none
 */
public record LintReport(List<Finding> findings, int suppressed, int stale, Optional<Path> baseline) {
  public LintReport {
    findings = List.copyOf(findings);
  }
}
