package dev.retort.lint.rules;

import dev.retort.graph.SquashException;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import java.util.List;

/**
 * A rule that reports the loader's squash problems of one kind ({@link SquashException.Kind}): lint
 * loads leniently, so each squash's problem is among {@link LintContext#loadProblems()}.
 */
abstract class SquashProblem implements Rule {
  private final RuleInfo info;
  private final SquashException.Kind kind;

  SquashProblem(RuleInfo info, SquashException.Kind kind) {
    this.info = info;
    this.kind = kind;
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  @Override
  public final List<Finding> check(LintContext context) {
    return context.loadProblems().stream()
        .filter(p -> p instanceof SquashException squash && squash.kind() == kind)
        .map(p -> new Finding(info.code(), info.severity(), p.location().orElse(null), p.summary(), p.hint()))
        .toList();
  }
}
