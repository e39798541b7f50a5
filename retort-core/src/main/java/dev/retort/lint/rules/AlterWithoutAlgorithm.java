package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.lint.rules.MysqlAction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RT210: an {@code ALTER TABLE} of an existing table on MySQL/MariaDB that states no {@code
 * ALGORITHM}. MySQL then picks the cheapest algorithm it can, down to copying the whole table
 * while writes wait; stating {@code INSTANT} or {@code INPLACE} makes it refuse instead. Changes
 * known to copy or lock are left to RT212, RT213 and RT214; changes that only touch metadata
 * (renaming the table, a column default) are not reported.
 */
final class AlterWithoutAlgorithm extends MysqlRule {
  private static final RuleInfo INFO = info("RT210", "alter-without-algorithm", Severity.WARNING,
      "ALTER TABLE without ALGORITHM=INSTANT or INPLACE may silently copy the table, blocking writes");

  AlterWithoutAlgorithm(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    Optional<MysqlAlter> found = changeOfExistingTable(revision, index, statement)
        .filter(a -> a.alterTable() && (a.algorithm().isEmpty() || a.algorithm().equals("DEFAULT")));
    if (found.isEmpty()) {
      return List.of();
    }
    MysqlAlter alter = found.get();
    List<MysqlAction> actions = actions(alter, statement);
    if (actions.isEmpty() || all(actions, Kind.METADATA) || any(actions, Kind.BLOCKING, Kind.FOREIGN_KEY,
        Kind.TYPE_CHANGE)) {
      return List.of();
    }
    boolean instant = all(actions, Kind.METADATA, Kind.INSTANT);
    List<String> clauses = new ArrayList<>(List.of("ALGORITHM=" + (instant ? "INSTANT" : "INPLACE")));
    if (!instant && all(actions, Kind.METADATA, Kind.INSTANT, Kind.ONLINE)
        && (alter.lock().isEmpty() || alter.lock().equals("DEFAULT"))) {
      clauses.add("LOCK=NONE");
    }
    return List.of(new Problem(
        "ALTER TABLE " + alter.table() + " states no ALGORITHM: where MySQL cannot make the change "
            + (instant ? "instantly or in place" : "in place") + ", it silently copies the whole table, and writes to "
            + alter.table() + " wait until the copy ends",
        alter.withClauses(statement.sql(), clauses) + "  (MySQL then refuses, with an error, a change it could only make by"
            + " copying the table)"));
  }
}
