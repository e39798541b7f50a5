package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/** {@code RT105}: a merge that revises one parent twice, or a revision that revises itself. */
public final class BadMerge extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT105", "bad-merge", Severity.ERROR, "a revision revises itself or names the same parent twice");

  public BadMerge() {
    super(INFO, Set.of(ErrorCode.G011));
  }
}
