package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RT207: {@code ALTER COLUMN c SET NOT NULL} on a table this revision did not create, unless
 * the project adds a {@code CHECK (c IS NOT NULL)} on that table (the safe pattern: PostgreSQL 12+
 * then skips the scan). Otherwise every row is read under an ACCESS EXCLUSIVE lock.
 */
final class SetNotNull extends SqlRule {
  private static final RuleInfo INFO = info("RT207", "set-not-null", Severity.WARNING,
      "SET NOT NULL scans a big table under an ACCESS EXCLUSIVE lock");

  SetNotNull(UpgradeScripts scripts) {
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
    String table = statement.table();
    List<Problem> problems = new ArrayList<>();
    for (String clause : statement.clauses()) {
      AlterClauses.setNotNull(clause).filter(m -> !hasNotNullCheck(all, table, m.group(1))).ifPresent(m -> {
        String column = AlterClauses.shown(m.group(1));
        problems.add(new Problem(
            "SET NOT NULL on " + table + "." + column + " reads every row while holding an ACCESS EXCLUSIVE lock:"
                + " on a big table, reads and writes wait for the whole scan",
            "first ALTER TABLE " + table + " ADD CONSTRAINT " + table + "_" + column + "_not_null CHECK (" + column
                + " IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT " + table + "_" + column
                + "_not_null (no exclusive lock); then SET NOT NULL (PostgreSQL 12+ skips the scan)"));
      });
    }
    return problems;
  }

  /** Whether some revision adds {@code CHECK (column IS NOT NULL)} to {@code table}. */
  private static boolean hasNotNullCheck(List<RevisionSql> all, String table, String column) {
    Pattern check = Pattern.compile("CHECK ?\\( ?\\(?" + Pattern.quote(column) + " IS NOT NULL\\b");
    for (RevisionSql revision : all) {
      for (StatementView statement : revision.upgrade()) {
        if (statement.kind() == StatementView.Kind.ALTER_TABLE && statement.table().equals(table)
            && check.matcher(statement.norm()).find()) {
          return true;
        }
      }
    }
    return false;
  }
}
