package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/** {@code RT102}: a reference to a missing revision; a file name or slug used in place of the id is recognised and the id given. */
public final class MissingReference extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT102", "missing-reference", Severity.ERROR, "Revises: or Depends-On: names a revision that does not exist");

  public MissingReference() {
    super(INFO, Set.of(ErrorCode.S004, ErrorCode.S005));
  }
}
