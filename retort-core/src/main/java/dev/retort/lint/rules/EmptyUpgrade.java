package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.script.PythonExecuteSql;
import java.util.List;

/**
 * {@code RT112}: a SQL revision whose upgrade section holds no statement. Merge revisions are
 * empty by design and are not reported, nor are revisions marked incomplete (RT120 reports them).
 * An Alembic revision's {@code def upgrade()} is empty when it holds only {@code pass}, {@code ...}
 * or a docstring.
 */
public final class EmptyUpgrade implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT112", "empty-upgrade", Severity.WARNING, "a revision that is not a merge has an empty upgrade section");

  private final SqlBodies bodies;
  private final PythonBodies python;

  EmptyUpgrade(SqlBodies bodies, PythonBodies python) {
    this.bodies = bodies;
    this.python = python;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new java.util.ArrayList<>(python.of(context).stream()
        .filter(body -> body.module().upgrade().map(PythonExecuteSql.Function::empty).orElse(false)
            && body.header().revises().size() < 2)
        .map(body -> new Finding(
            INFO.code(),
            INFO.severity(),
            new Location(body.header().path(), body.module().upgrade().get().line()),
            "revision " + body.header().id() + " has an empty def upgrade(), so applying it changes nothing",
            "write the op calls in def upgrade(), or delete the file if it was made by mistake"))
        .toList());
    findings.addAll(bodies.of(context).stream()
        .filter(body -> body.script().upgrade().isEmpty() && body.header().revises().size() < 2)
        // an imported revision without SQL yet is reported once, by RT120
        .filter(body -> dev.retort.script.IncompleteMarker.of(body.header().path()).isEmpty())
        .map(body -> new Finding(
            INFO.code(),
            INFO.severity(),
            new Location(body.header().path(), body.header().idLine()),
            "revision " + body.header().id() + " has no upgrade statement, so applying it changes nothing",
            "write the upgrade statements below '-- +upgrade', or delete the file if it was made by mistake"))
        .toList());
    return findings;
  }
}
