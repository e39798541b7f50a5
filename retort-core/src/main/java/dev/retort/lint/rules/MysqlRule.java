package dev.retort.lint.rules;

import dev.retort.dialect.Capabilities;
import dev.retort.lint.LintContext;
import java.util.List;
import java.util.Optional;

/**
 * A rule about MySQL's and MariaDB's online DDL (codes RT210 and up): it runs only where the
 * project's database takes {@code ALGORITHM=}/{@code LOCK=} clauses ({@link
 * Capabilities#onlineAlterClauses()}), and reads each change to an existing table as a {@link
 * MysqlAlter} whose actions are {@link MysqlAction}s.
 */
abstract class MysqlRule extends SqlRule {
  private List<RevisionSql> lastScripts;
  private ColumnDefinitions definitions;

  MysqlRule(UpgradeScripts scripts) {
    super(scripts);
  }

  @Override
  final boolean appliesTo(LintContext context) {
    return context.targetHas(Capabilities::onlineAlterClauses);
  }

  @Override
  final void prepare(LintContext context, List<RevisionSql> all) {
    if (all != lastScripts) {
      definitions = ColumnDefinitions.of(context, all);
      lastScripts = all;
    }
  }

  /** The statement as a change to a table that existed before the revision, or empty. */
  static Optional<MysqlAlter> changeOfExistingTable(RevisionSql revision, int index, StatementView statement) {
    return MysqlAlter.of(statement).filter(a -> !revision.createdBefore(index, a.table()));
  }

  /** How each action of {@code alter} runs. */
  final List<MysqlAction> actions(MysqlAlter alter, StatementView statement) {
    boolean addsPrimaryKey =
        alter.actions().stream().anyMatch(a -> a.matches("^ADD (?:CONSTRAINT \\S+ )?PRIMARY KEY\\b.*"));
    return alter.actions().stream().map(a -> MysqlAction.of(a, addsPrimaryKey, definitions, statement)).toList();
  }

  /** Whether every action is of one of {@code kinds}. */
  static boolean all(List<MysqlAction> actions, MysqlAction.Kind... kinds) {
    List<MysqlAction.Kind> allowed = List.of(kinds);
    return actions.stream().allMatch(a -> allowed.contains(a.kind()));
  }

  /** Whether some action is of one of {@code kinds}. */
  static boolean any(List<MysqlAction> actions, MysqlAction.Kind... kinds) {
    List<MysqlAction.Kind> wanted = List.of(kinds);
    return actions.stream().anyMatch(a -> wanted.contains(a.kind()));
  }
}
