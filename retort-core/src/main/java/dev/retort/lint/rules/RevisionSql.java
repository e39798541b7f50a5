package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.script.ScriptHeader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision's upgrade section, classified statement by statement: a SQL revision's {@code --
 * +upgrade} statements, or a Java revision's {@code op.execute("...")} literals and {@code
 * createTable(Table.named("..."))} calls in its {@code upgrade} method. The downgrade is never
 * looked at.
 *
 * @param header the revision's header
 * @param upgrade the upgrade statements in file order
 */
record RevisionSql(ScriptHeader header, List<StatementView> upgrade) {
  RevisionSql {
    upgrade = List.copyOf(upgrade);
  }

  /**
   * The tables a {@code CREATE TABLE} of this revision made before statement {@code index}: such a
   * table is new and empty, so locking and rewriting it costs nothing.
   */
  Set<String> createdBefore(int index) {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < index && i < upgrade.size(); i++) {
      if (upgrade.get(i).kind() == StatementView.Kind.CREATE_TABLE) {
        created.add(upgrade.get(i).table());
      }
    }
    return created;
  }

  /** Where statement {@code statement} is. */
  Location at(StatementView statement) {
    return new Location(header.path(), statement.line());
  }
}
