package dev.retort.autogen.diff;

import dev.retort.ops.Op;
import dev.retort.schema.Index;
import dev.retort.schema.Table;

/**
 * Indexes by name: created, dropped, and a changed one (keys, uniqueness, condition, method) dropped
 * and created again, as is one on a column that is dropped and added again (a changed generated
 * column).
 */
final class IndexComparator {
  private IndexComparator() {}

  static void compare(String schema, String table, Table current, Table desired, DiffPlan plan) {
    java.util.Set<String> regenerated = plan.regenerated(ModelConverter.qualified(schema, table));
    for (Index old : current.indexes()) {
      if (!old.equals(desired.index(old.name()).orElse(null)) || uses(old, regenerated)) {
        plan.dropIndexes.add(new Op.DropIndex(ModelConverter.qualified(schema, table), old.name(), false));
      }
    }
    for (Index wanted : desired.indexes()) {
      if (!wanted.equals(current.index(wanted.name()).orElse(null)) || uses(wanted, regenerated)) {
        create(schema, table, wanted, plan);
      }
    }
  }

  /** Creates {@code index} on a table, warning about what the operation cannot carry. */
  static void create(String schema, String table, Index index, DiffPlan plan) {
    plan.createIndexes.add(new Op.CreateIndex(ModelConverter.index(schema, table, index)));
  }

  /** Whether a key of the index is, or its expression or condition names, one of the columns. */
  private static boolean uses(Index index, java.util.Set<String> columns) {
    for (String column : columns) {
      java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(column) + "\\b");
      for (dev.retort.schema.IndexColumn key : index.columns()) {
        if (column.equals(key.column()) || key.expression() != null && word.matcher(key.expression()).find()) {
          return true;
        }
      }
      if (index.predicate() != null && word.matcher(index.predicate()).find()) {
        return true;
      }
    }
    return false;
  }
}
