package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * RT205: {@code ALTER TABLE ... ADD [CONSTRAINT n] FOREIGN KEY | CHECK} without {@code NOT VALID}
 * on a table this revision did not create: the check of every existing row runs under a lock.
 */
final class ConstraintWithoutNotValid extends SqlRule {
  private static final RuleInfo INFO = info("RT205", "constraint-without-not-valid", Severity.WARNING,
      "adding a FOREIGN KEY or CHECK without NOT VALID scans the table under a lock");

  ConstraintWithoutNotValid(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Only where constraints can be added NOT VALID: the fix depends on it (PostgreSQL). */
  @Override
  boolean appliesTo(dev.retort.lint.LintContext context) {
    return !context.targetLacks(dev.retort.dialect.Capabilities::notValidConstraints);
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    if (!alterOfExistingTable(revision, index, statement)) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    for (String clause : statement.clauses()) {
      if (clause.endsWith(" NOT VALID") || clause.contains(" NOT VALID ")) {
        continue;
      }
      AlterClauses.addForeignKeyOrCheck(clause).ifPresent(m -> {
        String name = m.group(1) == null ? "<name>" : AlterClauses.shown(m.group(1));
        problems.add(new Problem(
            "ADD " + m.group(2) + " on " + statement.table() + " without NOT VALID checks every existing row"
                + " while holding a lock that blocks writes" + (m.group(2).equals("FOREIGN KEY")
                ? " (on both tables)" : ""),
            "add it NOT VALID (ALTER TABLE " + statement.table() + " ADD CONSTRAINT " + name + " ... NOT VALID),"
                + " then in a later revision: ALTER TABLE " + statement.table() + " VALIDATE CONSTRAINT " + name));
      });
    }
    return problems;
  }
}
