package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RT214: a change to an existing table that MySQL/MariaDB never makes while writes go on, whatever
 * the clauses: a {@code FULLTEXT} or {@code SPATIAL} index, an {@code AUTO_INCREMENT} or {@code
 * STORED} generated column added, the primary key dropped without a new one, {@code CONVERT TO
 * CHARACTER SET}.
 */
final class WriteBlockingAlter extends MysqlRule {
  private static final RuleInfo INFO = info("RT214", "write-blocking-alter", Severity.WARNING,
      "a FULLTEXT/SPATIAL index, AUTO_INCREMENT or STORED column, primary key drop or charset conversion blocks writes");

  WriteBlockingAlter(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    Optional<MysqlAlter> found = changeOfExistingTable(revision, index, statement);
    if (found.isEmpty()) {
      return List.of();
    }
    String table = found.get().table();
    List<Problem> problems = new ArrayList<>();
    for (MysqlAction action : actions(found.get(), statement)) {
      if (action.kind() == MysqlAction.Kind.BLOCKING) {
        problems.add(new Problem(action.what() + " on " + table + " cannot run while writes go on: MySQL "
            + (action.what().contains("INDEX") ? "allows at most LOCK=SHARED while it builds the index"
                : "copies or rebuilds the table") + ", and writes to " + table + " wait until it ends",
            "run it when " + table + " may be locked (a small table, a maintenance window) or with an online schema"
                + " change tool such as gh-ost or pt-online-schema-change; once that is decided:"
                + " -- retort:lint-ignore RT214 <reason>"));
      }
    }
    return problems;
  }
}
