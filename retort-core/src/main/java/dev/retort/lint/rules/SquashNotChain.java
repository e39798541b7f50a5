package dev.retort.lint.rules;

import dev.retort.graph.SquashException;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;

/** {@code RT118}: the revisions a squash replaces are not one linear chain it can stand in for. */
public final class SquashNotChain extends SquashProblem {
  public static final RuleInfo INFO = new RuleInfo("RT118", "squash-not-chain", Severity.ERROR,
      "a squash replaces revisions that are not one linear chain, or does not revise what the chain's first revises");

  public SquashNotChain() {
    super(INFO, SquashException.Kind.NOT_CHAIN);
  }
}
