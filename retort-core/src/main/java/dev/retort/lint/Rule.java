package dev.retort.lint;

import java.util.List;

/** One lint check. Rules are pure: they read the {@link LintContext} and return findings. */
public interface Rule {
  RuleInfo info();

  /** The findings, each with this rule's code and default severity. */
  List<Finding> check(LintContext context);
}
