package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables of one schema: created in dependency order (referenced tables first, foreign keys
 * that close a cycle added at the end), dropped in the reverse order (foreign keys that close a
 * cycle dropped first), and those on both sides handed to the element comparators.
 */
final class TableComparator {
  private TableComparator() {}

  static void compare(Schema current, Schema desired, DiffPlan plan) {
    String schema = desired.name();
    Map<String, Table> have = TablesByName.of(current);
    Map<String, Table> want = TablesByName.of(desired);
    List<Table> added = desired.tables().stream().filter(t -> !have.containsKey(t.name())).toList();
    List<Table> dropped = current.tables().stream().filter(t -> !want.containsKey(t.name())).toList();
    create(schema, added, ReferencedKeys.added(current, desired), plan);
    drop(current.name(), dropped, plan);
    for (Table wanted : desired.tables()) {
      Table old = have.get(wanted.name());
      if (old != null) {
        compareTable(schema, old, wanted, plan);
      }
    }
  }

  /** Creates the new tables; a foreign key to a key that {@code newKeys} says comes later is added last. */
  private static void create(String schema, List<Table> added, java.util.Set<String> newKeys, DiffPlan plan) {
    DependencyOrder.Result order = DependencyOrder.of(schema, added);
    for (Table t : order.ordered()) {
      String name = ModelConverter.qualified(schema, t.name());
      List<ForeignKey> later = new ArrayList<>(order.deferred().getOrDefault(t.name(), List.of()));
      t.foreignKeys().stream().filter(f -> ReferencedKeys.references(schema, f, newKeys) && !later.contains(f))
          .forEach(later::add);
      List<ForeignKey> inline = t.foreignKeys().stream().filter(f -> !later.contains(f)).toList();
      plan.createTables.add(new Op.CreateTable(ModelConverter.table(schema, t, inline)));
      later.forEach(f -> ForeignKeyComparator.add(name, f, plan));
      for (Index i : t.indexes()) {
        IndexComparator.create(schema, t.name(), i, plan);
      }
    }
  }

  private static void drop(String schema, List<Table> dropped, DiffPlan plan) {
    DependencyOrder.Result order = DependencyOrder.of(schema, dropped);
    for (Map.Entry<String, List<ForeignKey>> e : order.deferred().entrySet()) {
      for (ForeignKey f : e.getValue()) {
        ForeignKeyComparator.drop(ModelConverter.qualified(schema, e.getKey()), f, plan);
      }
    }
    List<Table> reversed = new ArrayList<>(order.ordered());
    java.util.Collections.reverse(reversed);
    for (Table t : reversed) {
      plan.dropTables.add(new Op.DropTable(ModelConverter.qualified(schema, t.name()), false));
    }
  }

  private static void compareTable(String schema, Table current, Table desired, DiffPlan plan) {
    String name = ModelConverter.qualified(schema, desired.name());
    ColumnComparator.compare(name, current, desired, plan);
    PrimaryKeyComparator.compare(name, current, desired, plan);
    UniqueComparator.compare(name, current, desired, plan);
    CheckComparator.compare(name, current, desired, plan);
    IndexComparator.compare(schema, desired.name(), current, desired, plan);
    ForeignKeyComparator.compare(name, current, desired, plan);
  }
}
