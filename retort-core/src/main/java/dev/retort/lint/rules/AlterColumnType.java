package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * RT204: {@code ALTER TABLE ... ALTER COLUMN c TYPE t} on a table this revision did not create.
 * Most type changes rewrite the whole table (and its indexes) under an ACCESS EXCLUSIVE lock.
 */
final class AlterColumnType extends SqlRule {
  private static final RuleInfo INFO = info("RT204", "alter-column-type", Severity.WARNING,
      "ALTER COLUMN ... TYPE rewrites the table under an exclusive lock");

  AlterColumnType(UpgradeScripts scripts) {
    super(scripts);
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
      AlterClauses.alterType(clause).ifPresent(m -> problems.add(new Problem(
          "ALTER COLUMN " + AlterClauses.shown(m.group(1)) + " TYPE rewrites " + statement.table()
              + " and its indexes while holding an ACCESS EXCLUSIVE lock: reads and writes wait",
          "add a new column of the new type, backfill it in batches, switch the code over, then drop the old"
              + " column (varchar(n) to a wider varchar or to text does not rewrite: ignore this finding there)")));
    }
    return problems;
  }
}
