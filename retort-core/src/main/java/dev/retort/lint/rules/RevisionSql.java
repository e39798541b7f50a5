package dev.retort.lint.rules;

import dev.retort.error.Location;
import dev.retort.script.ScriptHeader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A revision's upgrade section, classified statement by statement: a SQL revision's {@code --
 * +upgrade} statements, or a Java revision's {@code op.execute("...")} literals and {@code
 * createTable(Table.named("..."))} calls in its {@code upgrade} method. The downgrade is never
 * looked at.
 *
 * <p>It also knows, from one pass over the statements, which relations the revision creates and
 * where: the one notion of "created earlier in this revision" that every rule uses.
 */
final class RevisionSql {
  private final ScriptHeader header;
  private final List<StatementView> upgrade;
  /** Relation name to the index of the first statement that creates it. */
  private final Map<String, Integer> firstCreated = new HashMap<>();

  /**
   * @param header the revision's header
   * @param upgrade the upgrade statements in file order
   */
  RevisionSql(ScriptHeader header, List<StatementView> upgrade) {
    this.header = header;
    this.upgrade = List.copyOf(upgrade);
    for (int i = 0; i < this.upgrade.size(); i++) {
      String created = this.upgrade.get(i).created();
      if (!created.isEmpty()) {
        firstCreated.putIfAbsent(created, i);
      }
    }
  }

  /** The revision's header. */
  ScriptHeader header() {
    return header;
  }

  /** The upgrade statements in file order. */
  List<StatementView> upgrade() {
    return upgrade;
  }

  /**
   * Whether a statement of this revision before statement {@code index} created {@code name}: a
   * table (temporary, unlogged or not, or {@code CREATE TABLE ... AS}), a view, a materialized view,
   * an index or a sequence. Such an object is new and empty (or private to the session), so
   * locking, rewriting, renaming or dropping it costs nothing and breaks nobody. Constant time.
   */
  boolean createdBefore(int index, String name) {
    Integer first = firstCreated.get(name);
    return first != null && first < index;
  }

  /** Where statement {@code statement} is. */
  Location at(StatementView statement) {
    return new Location(header.path(), statement.line());
  }
}
