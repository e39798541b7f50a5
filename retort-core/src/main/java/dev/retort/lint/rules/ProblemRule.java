package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import java.util.List;
import java.util.Set;

/**
 * A rule that reports the loader's own problems of some error codes: lint loads leniently, so
 * the problems the loader would stop at are all collected in {@link LintContext#loadProblems()}.
 */
abstract class ProblemRule implements Rule {
  private final RuleInfo info;
  private final Set<ErrorCode> codes;

  ProblemRule(RuleInfo info, Set<ErrorCode> codes) {
    this.info = info;
    this.codes = Set.copyOf(codes);
  }

  @Override
  public final RuleInfo info() {
    return info;
  }

  @Override
  public final List<Finding> check(LintContext context) {
    return context.loadProblems().stream().filter(p -> codes.contains(p.code())).map(this::toFinding).toList();
  }

  /** The problem as a finding: its summary and details on one line, its hint as the fix. */
  private Finding toFinding(RetortException problem) {
    StringBuilder message = new StringBuilder(problem.summary());
    for (String detail : problem.details()) {
      message.append("; ").append(detail.strip());
    }
    return new Finding(info.code(), info.severity(), problem.location().orElse(null), message.toString(), problem.hint());
  }
}
