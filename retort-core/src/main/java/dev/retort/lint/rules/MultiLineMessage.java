package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/** {@code RT115}: a revision message with a line break or another control character. */
public final class MultiLineMessage extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT115", "multi-line-message", Severity.ERROR,
      "a revision message holds a line break or another control character");

  public MultiLineMessage() {
    super(INFO, Set.of(ErrorCode.S011));
  }
}
