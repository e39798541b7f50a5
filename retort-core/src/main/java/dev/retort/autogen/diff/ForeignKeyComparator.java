package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;

/**
 * Foreign keys, matched by name (unnamed SQLite ones by columns and target): added, dropped, and a
 * changed one (columns, target, ON DELETE, ON UPDATE, DEFERRABLE, INITIALLY DEFERRED) dropped and
 * added again. Drops run first and adds last, so that the tables and
 * columns they need exist.
 */
final class ForeignKeyComparator {
  private ForeignKeyComparator() {}

  static void compare(String table, Table current, Table desired, DiffPlan plan) {
    for (ForeignKey old : current.foreignKeys()) {
      if (!desired.foreignKeys().contains(old)) {
        drop(table, old, plan);
      }
    }
    for (ForeignKey wanted : desired.foreignKeys()) {
      if (!current.foreignKeys().contains(wanted)) {
        add(table, wanted, plan);
      }
    }
  }

  static void drop(String table, ForeignKey key, DiffPlan plan) {
    Constraints.drop(table, key.name(), "foreign key " + key.columns() + " -> " + key.referencedTable(), plan,
        plan.dropForeignKeys);
  }

  static void add(String table, ForeignKey key, DiffPlan plan) {
    plan.addForeignKeys.add(new Op.CreateForeignKey(table, ModelConverter.foreignKey(key)));
  }
}
