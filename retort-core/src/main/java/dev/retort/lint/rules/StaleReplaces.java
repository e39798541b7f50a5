package dev.retort.lint.rules;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code RT119}: a {@code Replaces:} line whose revisions all have no script (deleted by hand, not
 * by {@code retort squash --prune}). The squash is then an ordinary revision; the line only
 * misleads readers.
 */
public final class StaleReplaces implements Rule {
  public static final RuleInfo INFO = new RuleInfo("RT119", "stale-replaces", Severity.WARNING,
      "a squash's Replaces: names only revisions that have no script any more");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    Set<RevisionId> known = context.revisions().stream().map(Revision::id).collect(Collectors.toSet());
    return context.revisions().stream()
        .filter(r -> r.isSquash() && r.replaces().stream().noneMatch(known::contains))
        .map(r -> new Finding(INFO.code(), INFO.severity(), r.origin().revisionLocation(),
            "squash " + r.id() + " replaces " + r.replaces().stream().map(RevisionId::value)
                .collect(Collectors.joining(", ")) + ", none of which has a script: it is an ordinary revision now",
            "delete its '-- Replaces:' line (retort squash --prune removes it together with the files)"))
        .toList();
  }
}
