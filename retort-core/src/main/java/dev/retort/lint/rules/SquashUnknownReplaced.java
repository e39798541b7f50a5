package dev.retort.lint.rules;

import dev.retort.graph.SquashException;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;

/** {@code RT116}: a squash's {@code Replaces:} names revisions without a script while others still have theirs. */
public final class SquashUnknownReplaced extends SquashProblem {
  public static final RuleInfo INFO = new RuleInfo("RT116", "squash-unknown-replaced", Severity.ERROR,
      "a squash replaces revisions of which some have no script and some still have theirs");

  public SquashUnknownReplaced() {
    super(INFO, SquashException.Kind.UNKNOWN_REPLACED);
  }
}
