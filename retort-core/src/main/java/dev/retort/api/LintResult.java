package dev.retort.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code lint} found.
 *
 * @param findings the findings to report (those a baseline records are left out)
 * @param suppressed how many findings the baseline recorded
 * @param stale how many baseline entries match nothing any more
 * @param baseline the baseline file read, if any
 */
public record LintResult(List<LintFinding> findings, int suppressed, int stale, Optional<Path> baseline) {
  public LintResult {
    findings = List.copyOf(findings);
  }

  /** Whether any finding is an error (or, with {@code strict}, a warning). */
  public boolean failed(boolean strict) {
    return findings.stream().anyMatch(
        f -> f.severity() == LintSeverity.ERROR || (strict && f.severity() == LintSeverity.WARNING));
  }
}
