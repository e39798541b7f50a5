package dev.retort.lint.rules;

import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.ScriptHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** RT301: the database's version table names a revision that no script has (deleted after deploy). */
final class AppliedRevisionMissingScript extends DatabaseRule {
  private static final RuleInfo INFO = new RuleInfo("RT301", "applied-revision-missing-script", Severity.ERROR,
      "the database records a revision that no script has");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Finding> check(LintContext context, LintDatabase database) {
    Set<String> ids = context.headers().stream().map(ScriptHeader::id).collect(Collectors.toSet());
    List<Finding> findings = new ArrayList<>();
    for (String row : new TreeSet<>(database.rows())) {
      if (!ids.contains(row)) {
        findings.add(finding(null,
            "the database is at revision " + row + ", but no script in " + context.config().versionLocations()
                + " has it: was the file deleted after it was applied?",
            "restore the file (git log --diff-filter=D --name-only -- '*" + row + "*' finds it), or, if the"
                + " database should no longer record it: retort stamp --purge <the revision it is at>"));
      }
    }
    return findings;
  }
}
