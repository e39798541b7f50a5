package dev.retort.dialect.sqlite;

import dev.retort.schema.CheckConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * What a table's {@code CREATE TABLE} text says that SQLite's pragmas do not: constraint names,
 * checks, generated expressions, {@code AUTOINCREMENT} and deferrable foreign keys.
 */
final class SqliteTableFacts {
  private final TableShape shape;

  SqliteTableFacts(TableShape shape) {
    this.shape = shape;
  }

  /** What one foreign key's SQL says. */
  record ForeignKeyFacts(String name, boolean deferrable, boolean initiallyDeferred) {}

  boolean autoincrement(String column) {
    for (TableShape.Clause c : clauses(column)) {
      if (c.kind().equals("PRIMARY") && words(c.text()).contains("AUTOINCREMENT")) {
        return true;
      }
    }
    return false;
  }

  /** The expression of a generated column, without its parentheses. */
  String generatedExpression(String column) {
    for (TableShape.Clause c : clauses(column)) {
      if (c.kind().equals("GENERATED") || c.kind().equals("AS")) {
        String group = firstGroup(SqlTokens.tokenize(c.text()));
        if (group != null) {
          return SqlTokens.inner(group).trim();
        }
      }
    }
    return "";
  }

  String primaryKeyName() {
    for (TableShape.Constraint c : shape.constraints()) {
      if (c.kind().equals("PRIMARY")) {
        return c.name();
      }
    }
    for (TableShape.ColumnDef column : shape.columns()) {
      for (TableShape.Clause c : column.clauses()) {
        if (c.kind().equals("PRIMARY")) {
          return c.name();
        }
      }
    }
    return null;
  }

  /** The name of the unique constraint on these columns, or null. */
  String uniqueName(List<String> columns) {
    for (TableShape.Constraint c : shape.constraints()) {
      if (c.kind().equals("UNIQUE") && sameNames(SqlTokens.names(firstGroup(SqlTokens.tokenize(c.sql()))), columns)) {
        return c.name();
      }
    }
    if (columns.size() == 1) {
      for (TableShape.Clause c : clauses(columns.get(0))) {
        if (c.kind().equals("UNIQUE")) {
          return c.name();
        }
      }
    }
    return null;
  }

  /** Name and deferral of the foreign key on these columns (an unnamed immediate key if the SQL says nothing). */
  ForeignKeyFacts foreignKey(List<String> columns) {
    for (TableShape.Constraint c : shape.constraints()) {
      if (c.kind().equals("FOREIGN") && sameNames(SqlTokens.names(firstGroup(SqlTokens.tokenize(c.sql()))), columns)) {
        return facts(c.name(), c.sql());
      }
    }
    if (columns.size() == 1) {
      for (TableShape.Clause c : clauses(columns.get(0))) {
        if (c.kind().equals("REFERENCES")) {
          return facts(c.name(), c.text());
        }
      }
    }
    return new ForeignKeyFacts(null, false, false);
  }

  private static ForeignKeyFacts facts(String name, String sql) {
    List<String> words = words(sql);
    int at = words.indexOf("DEFERRABLE");
    boolean deferrable = at >= 0 && (at == 0 || !words.get(at - 1).equals("NOT"));
    int initially = words.indexOf("INITIALLY");
    boolean deferred = deferrable && initially >= 0 && initially + 1 < words.size()
        && words.get(initially + 1).equals("DEFERRED");
    return new ForeignKeyFacts(name, deferrable, deferred);
  }

  /** The table's and its columns' checks, expressions as written without the outer parentheses. */
  List<CheckConstraint> checks() {
    List<CheckConstraint> checks = new ArrayList<>();
    for (TableShape.Constraint c : shape.constraints()) {
      if (c.kind().equals("CHECK")) {
        checks.add(new CheckConstraint(c.name(), SqlTokens.inner(firstGroup(SqlTokens.tokenize(c.sql()))).trim()));
      }
    }
    for (TableShape.ColumnDef column : shape.columns()) {
      for (TableShape.Clause c : column.clauses()) {
        if (c.kind().equals("CHECK")) {
          checks.add(new CheckConstraint(c.name(), SqlTokens.inner(firstGroup(SqlTokens.tokenize(c.text()))).trim()));
        }
      }
    }
    return checks;
  }

  private List<TableShape.Clause> clauses(String column) {
    return shape.column(column).map(TableShape.ColumnDef::clauses).orElse(List.of());
  }

  // loops, not streams, here and in TableShape.column: they run for every column of every table
  // reflected, mostly before the JIT has compiled anything
  private static String firstGroup(List<String> tokens) {
    for (String t : tokens) {
      if (t.startsWith("(")) {
        return t;
      }
    }
    return "()";
  }

  private static List<String> words(String sql) {
    List<String> words = new ArrayList<>();
    for (String t : SqlTokens.tokenize(sql)) {
      words.add(SqlTokens.upper(t));
    }
    return words;
  }

  private static boolean sameNames(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equalsIgnoreCase(b.get(i))) {
        return false;
      }
    }
    return true;
  }
}
