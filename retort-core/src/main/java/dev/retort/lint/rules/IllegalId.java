package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/** {@code RT106}: an id or branch label with illegal characters. */
public final class IllegalId extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT106", "illegal-id", Severity.ERROR, "a revision id or branch label has characters ids cannot hold");

  public IllegalId() {
    super(INFO, Set.of(ErrorCode.S003));
  }
}
