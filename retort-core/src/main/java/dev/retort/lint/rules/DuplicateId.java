package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/** {@code RT103}: two files declare the same revision id. */
public final class DuplicateId extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT103", "duplicate-id", Severity.ERROR, "two files declare the same revision id");

  public DuplicateId() {
    super(INFO, Set.of(ErrorCode.G001));
  }
}
