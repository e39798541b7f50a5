package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.List;

/**
 * {@code RT111}: a SQL revision without a {@code -- +downgrade} section, so {@code retort
 * downgrade} past it is impossible. An empty section (the revision undoes nothing) is allowed.
 * Alembic revisions: no module-level {@code def downgrade()} at all ({@code pass} is an empty one).
 */
public final class NoDowngrade implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT111", "no-downgrade", Severity.WARNING, "a SQL revision has no '-- +downgrade' section, so it is irreversible");

  private final SqlBodies bodies;
  private final PythonBodies python;

  NoDowngrade(SqlBodies bodies, PythonBodies python) {
    this.bodies = bodies;
    this.python = python;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new java.util.ArrayList<>(bodies.of(context).stream()
        .filter(body -> body.script().downgrade().isEmpty())
        .map(body -> new Finding(
            INFO.code(),
            INFO.severity(),
            new Location(body.header().path(), body.header().idLine()),
            "revision " + body.header().id() + " has no '-- +downgrade' section, so it cannot be downgraded",
            "add '-- +downgrade' after the upgrade statements, followed by statements that undo them"))
        .toList());
    // an Alembic revision without def downgrade() fails 'alembic downgrade'; 'def downgrade(): pass' is allowed
    python.of(context).stream()
        .filter(body -> body.module().downgrade().isEmpty())
        .map(body -> new Finding(
            INFO.code(),
            INFO.severity(),
            new Location(body.header().path(), body.header().idLine()),
            "revision " + body.header().id() + " has no def downgrade(), so alembic downgrade past it fails",
            "add def downgrade() -> None: with the op calls that undo upgrade() (pass if it undoes nothing)"))
        .forEach(findings::add);
    return findings;
  }
}
