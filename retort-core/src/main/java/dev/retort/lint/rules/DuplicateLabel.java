package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/** {@code RT114}: a branch label declared twice or equal to a revision id. */
public final class DuplicateLabel extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT114", "duplicate-label", Severity.ERROR, "a branch label is declared twice, or equals a revision id");

  public DuplicateLabel() {
    super(INFO, Set.of(ErrorCode.G007));
  }
}
