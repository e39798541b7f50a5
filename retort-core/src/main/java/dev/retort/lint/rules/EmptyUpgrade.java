package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.List;

/**
 * {@code RT112}: a SQL revision whose upgrade section holds no statement. Merge revisions are
 * empty by design and are not reported, nor are revisions marked incomplete (RT120 reports them).
 */
public final class EmptyUpgrade implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT112", "empty-upgrade", Severity.WARNING, "a revision that is not a merge has an empty upgrade section");

  private final SqlBodies bodies;

  EmptyUpgrade(SqlBodies bodies) {
    this.bodies = bodies;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    return bodies.of(context).stream()
        .filter(body -> body.script().upgrade().isEmpty() && body.header().revises().size() < 2)
        // an imported revision without SQL yet is reported once, by RT120
        .filter(body -> dev.retort.script.IncompleteMarker.of(body.header().path()).isEmpty())
        .map(body -> new Finding(
            INFO.code(),
            INFO.severity(),
            new Location(body.header().path(), body.header().idLine()),
            "revision " + body.header().id() + " has no upgrade statement, so applying it changes nothing",
            "write the upgrade statements below '-- +upgrade', or delete the file if it was made by mistake"))
        .toList();
  }
}
