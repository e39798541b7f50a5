package dev.retort.lint.rules;

import dev.retort.error.RetortException;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.IncompleteMarker;
import dev.retort.script.ScriptHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RT120}: a SQL revision marked {@code -- Incomplete:} ({@code retort import-alembic} could
 * not take its SQL from Alembic's offline mode and kept its Python body in a comment). Runs refuse
 * it (S041) until its SQL is written and the line deleted.
 */
public final class IncompleteRevision implements Rule {
  public static final RuleInfo INFO = new RuleInfo("RT120", "incomplete-revision", Severity.ERROR,
      "a revision marked '-- Incomplete:': its body is still Python in a comment, so upgrade and downgrade refuse it");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      if (header.kind() != RevisionKind.SQL) {
        continue;
      }
      try {
        IncompleteMarker.of(header.path()).ifPresent(marker -> findings.add(new Finding(INFO.code(), INFO.severity(),
            marker.location(), "revision " + header.id() + " is incomplete (" + marker.reason()
                + "), so upgrade and downgrade refuse it",
            "write its SQL in the '-- +upgrade' and '-- +downgrade' sections from the Python kept in the comments,"
                + " then delete the '-- Incomplete:' line")));
      } catch (RetortException unreadable) {
        // reported by MalformedHeader
      }
    }
    return findings;
  }
}
