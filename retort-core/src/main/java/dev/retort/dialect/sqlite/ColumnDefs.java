package dev.retort.dialect.sqlite;

import dev.retort.migration.ColumnChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits of column definitions for rebuilds: a parsed new column, a changed column.
 *
 * @param column the parsed column
 */
record ColumnDefs(TableShape.ColumnDef column) {
  /** Parses one column definition as the compiler rendered it. */
  static ColumnDefs of(String definition) {
    return new ColumnDefs(TableShape.parse("x", "CREATE TABLE x (" + definition + ")", List.of(), List.of()).columns().get(0));
  }

  static List<TableShape.ColumnDef> plus(List<TableShape.ColumnDef> columns, TableShape.ColumnDef column) {
    List<TableShape.ColumnDef> out = new ArrayList<>(columns);
    out.add(column);
    return out;
  }

  static List<TableShape.ColumnDef> replace(
      List<TableShape.ColumnDef> columns, TableShape.ColumnDef old, TableShape.ColumnDef changed) {
    return columns.stream().map(c -> c == old ? changed : c).toList();
  }

  /** The column with the change's type (already rendered), nullability and default. */
  static TableShape.ColumnDef apply(TableShape.ColumnDef old, String newType, ColumnChange change) {
    List<TableShape.Clause> clauses = new ArrayList<>();
    for (TableShape.Clause c : old.clauses()) {
      boolean nullability = c.kind().equals("NOT") && c.text().toUpperCase(java.util.Locale.ROOT).matches("NOT\\s+NULL.*")
          || c.kind().equals("NULL");
      if (change.nullable() != null && nullability || (change.dropsDefault() || change.defaultSql() != null)
          && c.kind().equals("DEFAULT")) {
        continue;
      }
      clauses.add(c);
    }
    if (change.defaultSql() != null) {
      clauses.add(0, new TableShape.Clause(null, "DEFAULT", "DEFAULT " + change.defaultSql()));
    }
    if (Boolean.FALSE.equals(change.nullable())) {
      clauses.add(new TableShape.Clause(null, "NOT", "NOT NULL"));
    }
    return new TableShape.ColumnDef(old.name(), newType == null ? old.type() : newType, clauses);
  }

  /** The column with {@code AUTOINCREMENT} added to or removed from its {@code PRIMARY KEY} clause. */
  static TableShape.ColumnDef autoincrement(TableShape.ColumnDef column, boolean on, String operation) {
    List<TableShape.Clause> clauses = new ArrayList<>();
    boolean found = false;
    for (TableShape.Clause c : column.clauses()) {
      if (c.kind().equals("PRIMARY")) {
        found = true;
        String text = c.text().replaceAll("(?i)\\s+AUTOINCREMENT\\b", "");
        clauses.add(new TableShape.Clause(c.name(), c.kind(), on ? text + " AUTOINCREMENT" : text));
      } else {
        clauses.add(c);
      }
    }
    if (on && !found) {
      throw new dev.retort.dialect.UnrenderableOperationException(operation,
          "SQLite numbers rows itself only through an INTEGER PRIMARY KEY AUTOINCREMENT column",
          "make " + column.name() + " the table's only primary key column first, or drop the identity");
    }
    return new TableShape.ColumnDef(column.name(), column.type(), clauses);
  }
}
