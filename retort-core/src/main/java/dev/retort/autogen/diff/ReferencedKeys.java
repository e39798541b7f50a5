package dev.retort.autogen.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A foreign key depends on the primary key, unique constraint or unique index of the columns it
 * references (PostgreSQL refuses to drop that one while the foreign key exists). When the diff
 * drops such a key under a foreign key that itself stays, the foreign key is dropped first and
 * added again at the end.
 */
final class ReferencedKeys {
  private ReferencedKeys() {}

  static void compare(Schema current, Schema desired, DiffPlan plan) {
    Set<String> dropped = new HashSet<>();
    Map<String, Table> want = TablesByName.of(desired);
    for (Table old : current.tables()) {
      Table wanted = want.get(old.name());
      if (wanted != null) {
        droppedKeys(old, wanted, dropped);
      }
    }
    if (dropped.isEmpty()) {
      return;
    }
    Map<String, Table> have = TablesByName.of(current);
    for (Table wanted : desired.tables()) {
      Table old = have.get(wanted.name());
      if (old == null) {
        continue;
      }
      String table = ModelConverter.qualified(desired.name(), wanted.name());
      for (ForeignKey f : wanted.foreignKeys()) {
        boolean kept = old.foreignKeys().contains(f);
        if (kept && references(desired.name(), f, dropped)) {
          ForeignKeyComparator.drop(table, f, plan);
          ForeignKeyComparator.add(table, f, plan);
        }
      }
    }
  }

  /**
   * The keys ({@code table(columns)}) that the diff adds to tables on both sides; a new table's
   * foreign key to one of them waits until the key exists.
   */
  static Set<String> added(Schema current, Schema desired) {
    Set<String> added = new HashSet<>();
    Map<String, Table> have = TablesByName.of(current);
    for (Table wanted : desired.tables()) {
      Table old = have.get(wanted.name());
      if (old != null) {
        droppedKeys(wanted, old, added);
      }
    }
    return added;
  }

  /** Whether {@code f} references one of {@code keys}. */
  static boolean references(String schema, ForeignKey f, Set<String> keys) {
    return f.referencedSchema().equals(schema) && keys.contains(key(f.referencedTable(), f.referencedColumns()));
  }

  /** The keys of {@code old} that the diff drops: a changed primary key, unique constraint or unique index. */
  private static void droppedKeys(Table old, Table wanted, Set<String> out) {
    if (old.primaryKey() != null && (wanted.primaryKey() == null
        || !old.primaryKey().columns().equals(wanted.primaryKey().columns()))) {
      out.add(key(old.name(), old.primaryKey().columns()));
    }
    for (UniqueConstraint u : old.uniqueConstraints()) {
      if (!wanted.uniqueConstraints().contains(u)) {
        out.add(key(old.name(), u.columns()));
      }
    }
    for (Index i : old.indexes()) {
      if (i.unique() && !i.equals(wanted.index(i.name()).orElse(null))) {
        List<String> columns = i.columns().stream().map(c -> c.column()).filter(Objects::nonNull).toList();
        out.add(key(old.name(), columns));
      }
    }
  }

  private static String key(String table, List<String> columns) {
    return table + "(" + String.join(",", columns) + ")";
  }
}
