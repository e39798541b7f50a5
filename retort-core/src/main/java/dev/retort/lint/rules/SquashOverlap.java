package dev.retort.lint.rules;

import dev.retort.graph.SquashException;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;

/** {@code RT117}: two squashes replace the same revision. */
public final class SquashOverlap extends SquashProblem {
  public static final RuleInfo INFO = new RuleInfo("RT117", "squash-overlap", Severity.ERROR,
      "two squashes replace the same revision");

  public SquashOverlap() {
    super(INFO, SquashException.Kind.OVERLAP);
  }
}
