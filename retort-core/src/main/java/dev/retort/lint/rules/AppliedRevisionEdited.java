package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.ScriptHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * RT302: an applied revision whose file changed since it was applied (the checksum recorded in
 * the history table differs from the file's). The change never ran on that database. A revision
 * without a checksum (a compiled class from the class path) is not compared.
 */
final class AppliedRevisionEdited extends DatabaseRule {
  private static final RuleInfo INFO = new RuleInfo("RT302", "applied-revision-edited", Severity.ERROR,
      "an applied revision's file changed since it was applied");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Finding> check(LintContext context, LintDatabase database) {
    List<Finding> findings = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      String applied = database.appliedChecksums().getOrDefault(header.id(), "");
      if (!applied.isEmpty() && !header.checksum().isEmpty() && !applied.equals(header.checksum())) {
        findings.add(finding(Location.of(header.path()),
            "revision " + header.id() + " changed since it was applied: applied sha256:" + shortSum(applied)
                + ", on disk sha256:" + shortSum(header.checksum()) + "; the change never ran on this database",
            "revert the file (git checkout -- " + dev.retort.error.Paths.display(header.path())
                + "), or put the change in a new revision: retort revision -m \"...\""));
      }
    }
    return findings;
  }

  private static String shortSum(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
  }
}
