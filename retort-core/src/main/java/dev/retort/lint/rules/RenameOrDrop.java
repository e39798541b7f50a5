package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * RT206: renaming or dropping a column or table that this revision did not create. The
 * application version still running during a deploy reads the old name and fails.
 */
final class RenameOrDrop extends SqlRule {
  private static final RuleInfo INFO = info("RT206", "rename-or-drop-column-or-table", Severity.WARNING,
      "renaming or dropping a column or table breaks code still running against the old name");
  /** MySQL's {@code RENAME TABLE a TO b} (the first pair of a list). */
  private static final java.util.regex.Pattern RENAME_TABLE = java.util.regex.Pattern.compile(
      "^RENAME TABLE (" + SqlText.NAME_PART + "(?:\\." + SqlText.NAME_PART + ")?) TO (" + SqlText.NAME_PART
          + "(?:\\." + SqlText.NAME_PART + ")?)");
  private static final String EXPAND_CONTRACT = "expand and contract: deploy code that no longer uses ";

  RenameOrDrop(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    List<Problem> problems = new ArrayList<>();
    java.util.regex.Matcher rename = RENAME_TABLE.matcher(statement.norm());
    if (rename.find() && !revision.createdBefore(index, SqlText.bareName(rename.group(1)))) {
      String old = SqlText.bareName(rename.group(1));
      problems.add(new Problem("RENAME TABLE " + old + " TO " + SqlText.bareName(rename.group(2))
          + " breaks code still running against " + old, "create the new table (or a view named " + old
          + ") so both names work during the deploy, then remove the old name in a later revision"));
    }
    if (statement.kind() == StatementView.Kind.DROP && statement.objectType().equals("TABLE")) {
      for (String table : statement.tables()) {
        if (!revision.createdBefore(index, table)) {
          problems.add(new Problem("DROP TABLE " + table + " breaks any code still running that reads or writes "
              + table + " (the old version of the application, during the deploy)",
              EXPAND_CONTRACT + table + " first, then drop it in a later revision"));
        }
      }
    }
    if (statement.kind() != StatementView.Kind.ALTER_TABLE || revision.createdBefore(index, statement.table())) {
      return problems;
    }
    String table = statement.table();
    for (String clause : statement.clauses()) {
      AlterClauses.renameTable(clause).ifPresent(m -> problems.add(new Problem(
          "RENAME " + table + " TO " + AlterClauses.shown(m.group(1)) + " breaks code still running against "
              + table, "create the new table (or a view named " + table + ") so both names work during the deploy,"
              + " then remove the old name in a later revision")));
      AlterClauses.renameColumn(clause).ifPresent(m -> problems.add(new Problem(
          "RENAME COLUMN " + table + "." + AlterClauses.shown(m.group(1)) + " TO " + AlterClauses.shown(m.group(2))
              + " breaks code still running against the old name",
          "add the new column, write both, backfill, move the code over, then drop the old column later")));
      AlterClauses.changeColumn(clause).filter(m -> !SqlText.bareName(m.group(1)).equals(SqlText.bareName(m.group(2))))
          .ifPresent(m -> problems.add(new Problem(
              "CHANGE " + table + "." + AlterClauses.shown(m.group(1)) + " to " + AlterClauses.shown(m.group(2))
                  + " renames the column, which breaks code still running against the old name",
              "add the new column, write both, backfill, move the code over, then drop the old column later")));
      AlterClauses.dropColumn(clause).ifPresent(m -> problems.add(new Problem(
          "DROP COLUMN " + table + "." + AlterClauses.shown(m.group(2)) + " breaks code still running that"
              + " reads or writes it", EXPAND_CONTRACT + "the column first, then drop it in a later revision")));
    }
    return problems;
  }
}
