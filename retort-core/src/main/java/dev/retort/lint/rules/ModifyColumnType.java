package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RT212: a MySQL/MariaDB {@code MODIFY} or {@code CHANGE} that changes a column's type on an
 * existing table. Changing the data type is done only by copying the table, with writes blocked
 * meanwhile. The column's old definition comes from earlier revisions ({@link ColumnDefinitions});
 * where it is unknown, or the change may be one MySQL does in place ({@link MysqlTypeChange}), the
 * finding is reported only when the statement does not state an algorithm that refuses a copy.
 */
final class ModifyColumnType extends MysqlRule {
  private static final RuleInfo INFO = info("RT212", "modify-column-type", Severity.WARNING,
      "MODIFY/CHANGE of a column's type copies the table while writes wait");
  private static final String EXPAND = "add a new column of the new type, backfill it in batches, move the code over,"
      + " then drop the old column in a later revision (or make the change with an online schema change tool such as"
      + " gh-ost or pt-online-schema-change)";

  ModifyColumnType(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    Optional<MysqlAlter> found = changeOfExistingTable(revision, index, statement).filter(MysqlAlter::alterTable);
    if (found.isEmpty()) {
      return List.of();
    }
    MysqlAlter alter = found.get();
    String table = alter.table();
    List<Problem> problems = new ArrayList<>();
    for (MysqlAction action : actions(alter, statement)) {
      if (action.kind() != MysqlAction.Kind.TYPE_CHANGE) {
        continue;
      }
      String head = action.what() + " " + table + "." + action.column();
      if (action.change() == MysqlTypeChange.Kind.COPY) {
        problems.add(new Problem(head + " changes the column's type, which MySQL does only by copying the whole table"
            + (alter.refusesCopy() ? ": ALGORITHM=" + alter.algorithm() + " is refused, so the revision fails"
                : ", and writes to " + table + " wait until the copy ends"), EXPAND));
      } else if (!alter.refusesCopy()) {
        problems.add(new Problem(head + " may change the column's type (its earlier definition is unknown, or the change"
            + " is done in place only in some cases): if it does, MySQL copies the whole of " + table
            + " and writes wait until the copy ends",
            "state ALGORITHM=INPLACE, LOCK=NONE so that MySQL refuses to copy the table; if it refuses, " + EXPAND));
      }
    }
    return problems;
  }
}
