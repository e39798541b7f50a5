package dev.retort.lint.rules;

import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.IncompleteMarker;
import java.util.List;

/**
 * {@code RT120}: a SQL revision marked {@code -- Incomplete:} ({@code retort import-alembic} could
 * not take its SQL from Alembic's offline mode and kept its Python body in a comment). Runs refuse
 * it (S041) until its SQL is written and the line deleted.
 */
public final class IncompleteRevision implements Rule {
  public static final RuleInfo INFO = new RuleInfo("RT120", "incomplete-revision", Severity.ERROR,
      "a revision marked '-- Incomplete:': its body is still Python in a comment, so upgrade and downgrade refuse it");

  private final SqlBodies bodies;

  IncompleteRevision(SqlBodies bodies) {
    this.bodies = bodies;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    return bodies.of(context).stream()
        .flatMap(body -> IncompleteMarker.of(body.header().path()).stream().map(marker -> new Finding(INFO.code(),
            INFO.severity(), marker.location(), "revision " + body.header().id() + " is incomplete (" + marker.reason()
                + "), so upgrade and downgrade refuse it",
            "write its SQL in the '-- +upgrade' and '-- +downgrade' sections from the Python kept in the comments,"
                + " then delete the '-- Incomplete:' line")))
        .toList();
  }
}
