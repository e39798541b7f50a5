package dev.retort.lint.rules;

import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RT213: {@code ALTER TABLE ... ADD FOREIGN KEY} on an existing table on MySQL/MariaDB while
 * {@code foreign_key_checks} is on. InnoDB adds a foreign key in place only with the checks off;
 * otherwise it copies the table, with writes blocked meanwhile. A {@code SET foreign_key_checks =
 * 0} earlier in the same revision counts (a revision runs on one connection).
 */
final class ForeignKeyWithChecks extends MysqlRule {
  private static final RuleInfo INFO = info("RT213", "foreign-key-copies-table", Severity.WARNING,
      "ADD FOREIGN KEY with foreign_key_checks on copies the table while writes wait");
  private static final Pattern CHECKS_OFF = Pattern.compile(
      "^SET (?:SESSION |LOCAL |@@SESSION\\.|@@LOCAL\\.|@@)?FOREIGN_KEY_CHECKS ?= ?(?:0|OFF|FALSE)$");

  ForeignKeyWithChecks(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Problem> problems(RevisionSql revision, int index, StatementView statement, List<RevisionSql> all) {
    Optional<MysqlAlter> found = changeOfExistingTable(revision, index, statement).filter(MysqlAlter::alterTable);
    if (found.isEmpty() || checksOff(revision, index)
        || actions(found.get(), statement).stream().noneMatch(a -> a.kind() == MysqlAction.Kind.FOREIGN_KEY)) {
      return List.of();
    }
    MysqlAlter alter = found.get();
    return List.of(new Problem(
        "ADD FOREIGN KEY on " + alter.table() + " with foreign_key_checks on: MySQL adds it only by copying the whole"
            + " table" + (alter.refusesCopy() ? ", so ALGORITHM=" + alter.algorithm() + " is refused and the revision"
                + " fails" : ", and writes to " + alter.table() + " wait until the copy ends"),
        "in this revision: SET foreign_key_checks = 0; then the ALTER TABLE with ALGORITHM=INPLACE, LOCK=NONE; then SET"
            + " foreign_key_checks = 1. Existing rows are then not checked: find orphans first (a LEFT JOIN to the"
            + " parent table where the parent's key IS NULL)"));
  }

  /** Whether a statement before {@code index} in the revision switched the checks off. */
  private static boolean checksOff(RevisionSql revision, int index) {
    for (int i = index - 1; i >= 0; i--) {
      String norm = revision.upgrade().get(i).norm().replaceAll(";$", "");
      if (norm.matches("^SET (?:SESSION |LOCAL |@@SESSION\\.|@@LOCAL\\.|@@)?FOREIGN_KEY_CHECKS ?= ?\\S+$")) {
        return CHECKS_OFF.matcher(norm).find();
      }
    }
    return false;
  }
}
