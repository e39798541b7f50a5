package dev.retort.autogen.diff;

import dev.retort.migration.ColumnChange;
import dev.retort.migration.Type;
import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Columns of a table present on both sides: added, dropped, and altered in type (compared by the
 * normalised spelling, so {@code int4} equals {@code integer}), nullability, default or identity. A
 * dropped and an added column of one type are reported as a likely rename. A generated column whose
 * expression (or STORED / VIRTUAL) changes is dropped and added again: its values are computed, so
 * nothing is lost. A {@code serial} column ({@link SerialColumns}) becoming an identity column, or
 * the reverse, is one column change.
 */
final class ColumnComparator {
  private ColumnComparator() {}

  static void compare(String table, Table current, Table desired, DiffPlan plan) {
    List<Column> dropped = new ArrayList<>();
    for (Column c : current.columns()) {
      if (desired.column(c.name()).isEmpty()) {
        dropped.add(c);
      }
    }
    List<Column> added = new ArrayList<>();
    for (Column c : desired.columns()) {
      if (current.column(c.name()).isEmpty()) {
        added.add(c);
      }
    }
    for (Column c : added) {
      plan.addColumns.add(new Op.AddColumn(table, ModelConverter.column(c, false), false));
    }
    for (Column c : desired.columns()) {
      Optional<Column> old = current.column(c.name());
      if (old.isPresent()) {
        alter(table, old.get(), c, plan);
      }
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

  /** The change from {@code old} to {@code wanted}, if any (generation expressions aside). */
  static ColumnChange change(Column old, Column wanted) {
    ColumnChange change = ColumnChange.change();
    boolean any = false;
    boolean wasSerial = SerialColumns.isSerial(old.type());
    boolean isSerial = SerialColumns.isSerial(wanted.type());
    if (isSerial && !wasSerial) {
      // the compiler creates the owned sequence and its default; the old default goes with it
      change = change.serial(wanted.type().normalized());
      any = true;
    }
    if (!SerialColumns.baseType(old.type()).equals(SerialColumns.baseType(wanted.type()))) {
      change = change.type(Type.of(SerialColumns.sqlType(wanted.type())));
      any = true;
    }
    if (wasSerial && !isSerial) {
      change = change.dropSerial(SerialColumns.sequenceName(old));
      any = true;
    }
    if (old.nullable() != wanted.nullable()) {
      change = change.nullable(wanted.nullable());
      any = true;
    }
    if (!isSerial && (wasSerial ? wanted.defaultExpression() != null
        : !Objects.equals(old.defaultExpression(), wanted.defaultExpression()))) {
      change = wanted.defaultExpression() == null ? change.dropDefault() : change.defaultSql(wanted.defaultExpression());
      any = true;
    }
    if (old.identity() != wanted.identity()) {
      if (old.identity() != Identity.NONE) {
        change = change.dropIdentity();
      }
      if (wanted.identity() != Identity.NONE) {
        change = change.addIdentity(ModelConverter.identity(wanted.identity()));
      }
      any = true;
    }
    return any ? change : null;
  }

  private static void alter(String table, Column old, Column wanted, DiffPlan plan) {
    if (!Objects.equals(old.generated(), wanted.generated()) && (old.generated() != null || wanted.generated() != null)) {
      regenerate(table, old, wanted, plan);
      return;
    }
    ColumnChange change = change(old, wanted);
    if (change != null) {
      (change.identity() == null ? plan.alterColumns : plan.alterIdentities).add(new Op.AlterColumn(table, old.name(), change));
    }
  }

  /** Drops the column and adds it as wanted; indexes on it are dropped and created again by {@link IndexComparator}. */
  private static void regenerate(String table, Column old, Column wanted, DiffPlan plan) {
    plan.dropGeneratedColumns.add(new Op.DropColumn(table, old.name(), false));
    plan.addColumns.add(new Op.AddColumn(table, ModelConverter.column(wanted, false), false));
    plan.regenerated.computeIfAbsent(table, k -> new HashSet<>()).add(old.name());
    plan.warnings.add("table " + table + ": column " + old.name() + " is dropped and added again, "
        + (old.generated() != null && wanted.generated() != null ? "since its generation expression changes"
            : wanted.generated() != null ? "since it becomes a generated column (its values are lost and computed)"
                : "since it stops being a generated column (its values are lost; fill them in a data step)")
        + "; its indexes are created again, constraints and views on it are not");
  }
}
