package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A SQLite table as its {@code CREATE TABLE} text describes it, split into column definitions
 * (with their constraint clauses) and table constraints, plus the SQL of its indexes and
 * triggers: what a rebuild edits and writes back, so names, collations and actions survive.
 *
 * @param name the table name
 * @param columns the column definitions, in order
 * @param constraints the table constraints, in order
 * @param suffix what follows the column list ({@code WITHOUT ROWID}, {@code STRICT}), or empty
 * @param indexes {@code CREATE INDEX} statements of explicit indexes
 * @param triggers {@code CREATE TRIGGER} statements
 */
record TableShape(
    String name, List<ColumnDef> columns, List<Constraint> constraints, String suffix, List<String> indexes,
    List<String> triggers) {
  private static final Set<String> CLAUSES =
      Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");
  private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

  TableShape {
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
    triggers = List.copyOf(triggers);
  }

  /**
   * A clause of a column definition.
   *
   * @param name its constraint name, or null
   * @param kind its first keyword, upper case ({@code NOT}, {@code DEFAULT}, {@code REFERENCES}, ...)
   * @param text the clause without the {@code CONSTRAINT name} prefix
   */
  record Clause(String name, String kind, String text) {
    String sql() {
      return name == null ? text : "CONSTRAINT " + name + " " + text;
    }
  }

  /** A column: its name, declared type and clauses. */
  record ColumnDef(String name, String type, List<Clause> clauses) {
    ColumnDef {
      clauses = List.copyOf(clauses);
    }

    String sql() {
      StringBuilder out = new StringBuilder(name);
      if (!type.isEmpty()) {
        out.append(' ').append(type);
      }
      clauses.forEach(c -> out.append(' ').append(c.sql()));
      return out.toString();
    }

    boolean generated() {
      return clauses.stream().anyMatch(c -> c.kind().equals("GENERATED") || c.kind().equals("AS"));
    }
  }

  /**
   * A table constraint.
   *
   * @param name its name, or null
   * @param kind {@code PRIMARY}, {@code UNIQUE}, {@code CHECK} or {@code FOREIGN}
   * @param sql the whole element, with its {@code CONSTRAINT name} prefix
   */
  record Constraint(String name, String kind, String sql) {
    /** Whether dropping the column must drop this constraint (for a foreign key: a referencing column). */
    boolean uses(String column) {
      if (kind.equals("FOREIGN")) {
        List<String> tokens = SqlTokens.tokenize(sql);
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.get(i).startsWith("(")) {
            return SqlTokens.names(tokens.get(i)).stream().anyMatch(column::equalsIgnoreCase);
          }
        }
        return false;
      }
      return SqlTokens.mentions(sql, column);
    }
  }

  static TableShape parse(String name, String createSql, List<String> indexes, List<String> triggers) {
    List<String> tokens = SqlTokens.tokenize(createSql);
    int body = 0;
    while (body < tokens.size() && !tokens.get(body).startsWith("(")) {
      body++;
    }
    if (body == tokens.size()) {
      throw new IllegalArgumentException("no column list in: " + createSql);
    }
    List<ColumnDef> columns = new ArrayList<>();
    List<Constraint> constraints = new ArrayList<>();
    for (List<String> element : SqlTokens.splitCommas(SqlTokens.tokenize(SqlTokens.inner(tokens.get(body))))) {
      if (element.isEmpty()) {
        continue;
      }
      if (TABLE_CONSTRAINTS.contains(SqlTokens.upper(element.get(0)))) {
        boolean named = SqlTokens.upper(element.get(0)).equals("CONSTRAINT");
        String kind = SqlTokens.upper(element.get(named ? 2 : 0));
        constraints.add(new Constraint(named ? SqlTokens.unquote(element.get(1)) : null, kind, String.join(" ", element)));
      } else {
        columns.add(column(element));
      }
    }
    String suffix = String.join(" ", tokens.subList(body + 1, tokens.size()));
    return new TableShape(name, columns, constraints, suffix, indexes, triggers);
  }

  private static ColumnDef column(List<String> element) {
    String name = element.get(0);
    int i = 1;
    StringBuilder type = new StringBuilder();
    while (i < element.size() && !CLAUSES.contains(SqlTokens.upper(element.get(i)))) {
      String t = element.get(i++);
      if (type.length() > 0 && !t.startsWith("(")) {
        type.append(' ');
      }
      type.append(t);
    }
    List<Clause> clauses = new ArrayList<>();
    String clauseName = null;
    String pendingName = null;
    String kind = null;
    List<String> current = new ArrayList<>();
    for (; i < element.size(); i++) {
      String t = element.get(i);
      String u = SqlTokens.upper(t);
      String next = i + 1 < element.size() ? SqlTokens.upper(element.get(i + 1)) : "";
      if (kind != null && !u.equals("CONSTRAINT") && !startsClause(kind, current, u, next)) {
        current.add(t);
        continue;
      }
      if (kind != null) {
        clauses.add(new Clause(clauseName, kind, String.join(" ", current)));
        kind = null;
      }
      if (u.equals("CONSTRAINT") && i + 1 < element.size()) {
        pendingName = SqlTokens.unquote(element.get(++i));
        continue;
      }
      kind = u;
      clauseName = pendingName;
      pendingName = null;
      current = new ArrayList<>(List.of(t));
    }
    if (kind != null) {
      clauses.add(new Clause(clauseName, kind, String.join(" ", current)));
    }
    return new ColumnDef(name, type.toString(), clauses);
  }

  /** Whether token {@code u} (next token {@code next}) opens a new clause after {@code current}. */
  private static boolean startsClause(String kind, List<String> current, String u, String next) {
    int words = current.size();
    if (kind.equals("DEFAULT") && (words == 1 || words == 2 && (last(current).equals("-") || last(current).equals("+")))) {
      return false;
    }
    if (!CLAUSES.contains(u)) {
      return false;
    }
    String prev = SqlTokens.upper(last(current));
    if (u.equals("NULL") && (prev.equals("NOT") || prev.equals("SET"))) {
      return false;
    }
    if (u.equals("NOT") && next.equals("DEFERRABLE")) {
      return false;
    }
    return !(u.equals("AS") && kind.equals("GENERATED"));
  }

  private static String last(List<String> tokens) {
    return tokens.get(tokens.size() - 1);
  }

  Optional<ColumnDef> column(String columnName) {
    for (ColumnDef c : columns) {
      if (SqlTokens.unquote(c.name()).equalsIgnoreCase(columnName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether a table constraint or column clause has this name. */
  boolean hasConstraint(String constraint) {
    return constraints.stream().anyMatch(c -> constraint.equalsIgnoreCase(c.name()))
        || columns.stream().flatMap(c -> c.clauses().stream()).anyMatch(c -> constraint.equalsIgnoreCase(c.name()));
  }

  /** The {@code CREATE TABLE} statement for this shape under another name. */
  String createSql(String tableName) {
    List<String> elements = new ArrayList<>();
    columns.forEach(c -> elements.add(c.sql()));
    constraints.forEach(c -> elements.add(c.sql()));
    return "CREATE TABLE " + tableName + " (\n    " + String.join(",\n    ", elements) + "\n)"
        + (suffix.isEmpty() ? "" : " " + suffix);
  }
}
