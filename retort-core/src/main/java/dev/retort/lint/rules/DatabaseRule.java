package dev.retort.lint.rules;

import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.Rule;
import java.util.List;

/** A rule that compares the project with a live database; silent without {@code --url}. */
abstract class DatabaseRule implements Rule {
  @Override
  public final List<Finding> check(LintContext context) {
    return context.database().map(db -> check(context, db)).orElse(List.of());
  }

  /** The findings, given the database as read. */
  abstract List<Finding> check(LintContext context, LintDatabase database);

  /** A finding of this rule at its default severity. */
  final Finding finding(dev.retort.error.Location location, String message, String fix) {
    return new Finding(info().code(), info().severity(), location, message, fix);
  }
}
