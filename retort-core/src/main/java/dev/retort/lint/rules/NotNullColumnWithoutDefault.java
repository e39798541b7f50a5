package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * RT203: {@code ALTER TABLE ... ADD COLUMN c ... NOT NULL} with no {@code DEFAULT} (and not
 * generated) on a table this revision did not create: it fails on any table that has rows, or,
 * where the database fills in implicit defaults (MySQL), gives every existing row {@code 0},
 * {@code ''} or a zero date without a word.
 */
final class NotNullColumnWithoutDefault extends SqlRule {
  private static final RuleInfo INFO = info("RT203", "not-null-column-without-default", Severity.ERROR,
      "adding a NOT NULL column without a DEFAULT fails on a table that has rows");

  /** Whether the target fills existing rows with the type's implicit default instead of failing. */
  private boolean implicitDefaults;

  NotNullColumnWithoutDefault(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  void prepare(dev.retort.lint.LintContext context, List<RevisionSql> all) {
    implicitDefaults = context.targetHas(dev.retort.dialect.Capabilities::implicitNotNullDefaults);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    if (!alterOfExistingTable(revision, index, statement)) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    for (String clause : statement.clauses()) {
      AlterClauses.addColumn(clause).filter(NotNullColumnWithoutDefault::notNullWithoutDefault).ifPresent(m -> {
        String column = AlterClauses.shown(m.group(1));
        problems.add(new Problem(
            "ADD COLUMN " + column + " is NOT NULL without a DEFAULT: " + (implicitDefaults
                ? "every existing row of " + statement.table() + " silently gets the type's implicit default (0, ''"
                    + " or a zero date, which strict mode may reject)"
                : "it fails if " + statement.table() + " has any row"),
            "give it a default (ADD COLUMN " + column + " ... NOT NULL DEFAULT <value>), or add it nullable,"
                + " backfill, then " + (implicitDefaults ? "MODIFY it NOT NULL" : "SET NOT NULL") + " in a later revision"));
      });
    }
    return problems;
  }

  private static boolean notNullWithoutDefault(Matcher m) {
    String definition = " " + m.group(2) + " ";
    return definition.contains(" NOT NULL") && !definition.contains(" DEFAULT ")
        && !definition.contains(" GENERATED ") && !definition.matches(".* (SMALL|BIG)?SERIAL[ 248].*");
  }
}
