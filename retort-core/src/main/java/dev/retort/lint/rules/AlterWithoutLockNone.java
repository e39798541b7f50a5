package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.lint.rules.MysqlAction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RT211: an {@code ALTER TABLE}, {@code CREATE INDEX} or {@code DROP INDEX} of an existing table on
 * MySQL/MariaDB whose changes can run while writes go on (an index added, dropped or renamed, a
 * foreign key dropped, a column's nullability changed) but that does not state {@code LOCK=NONE}:
 * should the server need a lock after all, it takes one silently. Statements that state {@code
 * ALGORITHM=INSTANT} (which takes no lock clause) or {@code COPY}, or another lock level, are a
 * decision and not reported.
 */
final class AlterWithoutLockNone extends MysqlRule {
  private static final RuleInfo INFO = info("RT211", "alter-without-lock-none", Severity.WARNING,
      "an online ALTER TABLE or CREATE/DROP INDEX without LOCK=NONE may silently block writes");

  AlterWithoutLockNone(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    Optional<MysqlAlter> found = changeOfExistingTable(revision, index, statement)
        .filter(a -> a.lock().isEmpty() || a.lock().equals("DEFAULT"))
        .filter(a -> !a.algorithm().equals("INSTANT") && !a.algorithm().equals("COPY"));
    if (found.isEmpty()) {
      return List.of();
    }
    MysqlAlter alter = found.get();
    List<MysqlAction> actions = actions(alter, statement);
    if (!all(actions, Kind.METADATA, Kind.INSTANT, Kind.ONLINE) || !any(actions, Kind.ONLINE)) {
      return List.of();
    }
    String what = actions.stream().filter(a -> a.kind() == Kind.ONLINE).findFirst().map(MysqlAction::what).orElse("");
    List<String> clauses = new ArrayList<>();
    if (alter.algorithm().isEmpty() || alter.algorithm().equals("DEFAULT")) {
      clauses.add("ALGORITHM=INPLACE");
    }
    clauses.add("LOCK=NONE");
    return List.of(new Problem(
        what + " on " + alter.table() + " without LOCK=NONE: MySQL can do it while writes go on, but where it cannot"
            + " it silently locks " + alter.table() + " against writes until the change ends",
        alter.withClauses(statement.sql(), clauses) + "  (MySQL then refuses, with an error, to block writes)"));
  }
}
