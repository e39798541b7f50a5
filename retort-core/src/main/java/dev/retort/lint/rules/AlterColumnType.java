package dev.retort.lint.rules;

import dev.retort.lint.LintContext;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * RT204: {@code ALTER TABLE ... ALTER COLUMN c TYPE t} on a table this revision did not create.
 * Most type changes rewrite the whole table (and its indexes) under an ACCESS EXCLUSIVE lock; the
 * widenings {@link TypeChange} knows to rewrite nothing are not reported when an earlier revision
 * declared the column's old type.
 */
final class AlterColumnType extends SqlRule {
  private static final RuleInfo INFO = info("RT204", "alter-column-type", Severity.WARNING,
      "ALTER COLUMN ... TYPE rewrites the table under an exclusive lock");

  private List<RevisionSql> lastScripts;
  private ColumnDefinitions lastDefinitions;

  AlterColumnType(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  void prepare(LintContext context, List<RevisionSql> all) {
    if (all != lastScripts) {
      lastDefinitions = ColumnDefinitions.of(context, all);
      lastScripts = all;
    }
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    if (!alterOfExistingTable(revision, index, statement)) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    for (String clause : statement.clauses()) {
      AlterClauses.alterType(clause).filter(m -> !widening(statement, clause, m)).ifPresent(m -> problems.add(
          new Problem("ALTER COLUMN " + AlterClauses.shown(m.group(1)) + " TYPE rewrites " + statement.table()
              + " and its indexes while holding an ACCESS EXCLUSIVE lock: reads and writes wait",
          "add a new column of the new type, backfill it in batches, switch the code over, then drop the old"
              + " column (widenings such as varchar(n) to text rewrite nothing and are not reported when an earlier"
              + " revision declares the old type: if the column came from elsewhere, ignore this finding)")));
    }
    return problems;
  }

  /** Whether the clause widens a column whose old type an earlier statement declared. */
  private boolean widening(StatementView statement, String clause, Matcher m) {
    return lastDefinitions != null && lastDefinitions.before(statement, SqlText.bareName(m.group(1)))
        .map(old -> TypeChange.rewritesNothing(old, clause.substring(m.end())))
        .orElse(false);
  }
}
