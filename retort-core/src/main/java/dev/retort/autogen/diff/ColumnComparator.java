package dev.retort.autogen.diff;

import dev.retort.migration.ColumnChange;
import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Objects;

/**
 * Columns of a table present on both sides: added, dropped, and altered in type (compared by the
 * normalised spelling, so {@code int4} equals {@code integer}), nullability or default. A dropped
 * and an added column of one type are reported as a likely rename.
 */
final class ColumnComparator {
  private ColumnComparator() {}

  static void compare(String table, Table current, Table desired, DiffPlan plan) {
    List<Column> dropped = current.columns().stream().filter(c -> desired.column(c.name()).isEmpty()).toList();
    List<Column> added = desired.columns().stream().filter(c -> current.column(c.name()).isEmpty()).toList();
    for (Column c : added) {
      plan.addColumns.add(new Op.AddColumn(table, ModelConverter.column(c, false), false));
    }
    for (Column c : desired.columns()) {
      current.column(c.name()).ifPresent(old -> alter(table, old, c, plan));
    }
    for (Column c : dropped) {
      plan.dropColumns.add(new Op.DropColumn(table, c.name(), false));
    }
    for (Column gone : dropped) {
      for (Column fresh : added) {
        if (gone.type().normalized().equals(fresh.type().normalized())) {
          plan.warnings.add("table " + table + ": column " + gone.name() + " is dropped and " + fresh.name()
              + " added, both " + fresh.type().normalized() + "; if it is a rename, say so (rename hint "
              + desired.name() + "." + gone.name() + " -> " + fresh.name() + ") or its data is lost");
        }
      }
    }
  }

  /** The change from {@code old} to {@code wanted}, if any. */
  static ColumnChange change(Column old, Column wanted) {
    ColumnChange change = ColumnChange.change();
    boolean any = false;
    if (!old.type().normalized().equals(wanted.type().normalized())) {
      change = change.type(ModelConverter.type(wanted));
      any = true;
    }
    if (old.nullable() != wanted.nullable()) {
      change = change.nullable(wanted.nullable());
      any = true;
    }
    if (!Objects.equals(old.defaultExpression(), wanted.defaultExpression())) {
      change = wanted.defaultExpression() == null ? change.dropDefault() : change.defaultSql(wanted.defaultExpression());
      any = true;
    }
    return any ? change : null;
  }

  private static void alter(String table, Column old, Column wanted, DiffPlan plan) {
    ColumnChange change = change(old, wanted);
    if (change != null) {
      plan.alterColumns.add(new Op.AlterColumn(table, old.name(), change));
    }
    if (old.identity() != wanted.identity() || !Objects.equals(old.generated(), wanted.generated())) {
      plan.warnings.add("table " + table + ": column " + old.name()
          + " changes its identity or generation expression, which autogenerate does not write yet");
    }
  }
}
