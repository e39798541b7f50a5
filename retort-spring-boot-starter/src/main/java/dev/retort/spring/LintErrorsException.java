package dev.retort.spring;

import dev.retort.api.LintFinding;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;

/** {@code retort.fail-on-lint-errors}: lint found errors in the revision files. */
final class LintErrorsException extends RetortException {
  private static final long serialVersionUID = 1L;

  LintErrorsException(List<LintFinding> errors) {
    super(ErrorCode.A005, location(errors.get(0)), summary(errors), details(errors),
        "fix them (retort lint shows the same findings), mark a deliberate one with"
            + " '-- retort:lint-ignore <code> <reason>' in its file, or set retort.fail-on-lint-errors=false");
  }

  private static Location location(LintFinding first) {
    return first.file().map(f -> new Location(f, first.line())).orElse(null);
  }

  private static String summary(List<LintFinding> errors) {
    return "lint found " + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
        + " in the revisions, and retort.fail-on-lint-errors is on";
  }

  private static List<String> details(List<LintFinding> errors) {
    List<String> lines = new ArrayList<>();
    for (LintFinding finding : errors) {
      String where = finding.file().map(f -> f + (finding.line() > 0 ? ":" + finding.line() : "")).orElse("project");
      lines.add(where + ": error[" + finding.code() + "] " + finding.message());
      if (!finding.fix().isEmpty()) {
        lines.add("  fix: " + finding.fix());
      }
    }
    return lines;
  }
}
