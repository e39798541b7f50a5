package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/** {@code RT104}: the graph has a cycle. */
public final class Cycle extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT104", "cycle", Severity.ERROR, "Revises:/Depends-On: edges form a cycle");

  public Cycle() {
    super(INFO, Set.of(ErrorCode.G003));
  }
}
