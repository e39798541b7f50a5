package dev.retort.lint.rules;

import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/** A rule that looks at upgrade statements one at a time; the finding's line is the statement's. */
abstract class SqlRule implements Rule {
  private final UpgradeScripts scripts;

  SqlRule(UpgradeScripts scripts) {
    this.scripts = scripts;
  }

  @Override
  public final List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    if (!appliesTo(context)) {
      return findings;
    }
    List<RevisionSql> all = scripts.of(context);
    prepare(context, all);
    for (RevisionSql revision : all) {
      for (int i = 0; i < revision.upgrade().size(); i++) {
        for (Problem problem : problems(revision, i, revision.upgrade().get(i), all)) {
          findings.add(new Finding(info().code(), info().severity(), revision.at(revision.upgrade().get(i)),
              problem.message(), problem.fix()));
        }
      }
    }
    return findings;
  }

  /** Called once per run before the statements: a rule that needs the whole history reads it here. */
  void prepare(LintContext context, List<RevisionSql> all) {}

  /** Whether the rule means anything for the project's database; most SQL rules always do. */
  boolean appliesTo(LintContext context) {
    return true;
  }

  /**
   * The problems of one statement.
   *
   * @param revision the revision the statement belongs to
   * @param index the statement's index in the upgrade section
   * @param statement the statement
   * @param all every SQL revision of the project (for rules that look for an earlier remedy)
   */
  abstract List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all);

  /**
   * One problem with a statement.
   *
   * @param message what is wrong and why it matters, one line
   * @param fix what to write instead
   */
  record Problem(String message, String fix) {}

  /** Whether the statement is an ALTER TABLE of a table this revision did not create before it. */
  static boolean alterOfExistingTable(RevisionSql revision, int index, StatementView statement) {
    return statement.kind() == StatementView.Kind.ALTER_TABLE
        && !revision.createdBefore(index, statement.table());
  }

  /** The statement's first line, shortened, for messages. */
  static String excerpt(StatementView statement) {
    String flat = statement.sql().replaceAll("\\s+", " ").strip();
    return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
  }

  /** For {@code info()}: the rule's metadata. */
  static RuleInfo info(String code, String name, dev.retort.lint.Severity severity, String summary) {
    return new RuleInfo(code, name, severity, summary);
  }
}
