package dev.retort.lint.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Column types as the database has them, followed through the upgrade statements of revisions
 * not yet applied: {@code CREATE TABLE t (c type, ...)}, {@code ALTER TABLE t ADD [COLUMN] c type}
 * and {@code ALTER TABLE t ALTER [COLUMN] c [SET DATA] TYPE type} overlay what the database says.
 * Keys and types are as in {@link dev.retort.lint.LintDatabase#columnTypes()}: {@code table.column}
 * and the type's name without schema, lower case ({@code json[]} for an array). Drops and renames
 * are not followed. Never throws on bad SQL: a statement it cannot read changes nothing.
 */
final class PendingColumnTypes {
  private static final String NAME = SqlText.NAME_PART;
  private static final Pattern IF_NOT_EXISTS = Pattern.compile("^CREATE [A-Z ]*?TABLE IF NOT EXISTS ");
  private static final Pattern ADD_IF_NOT_EXISTS = Pattern.compile("^ADD (?:COLUMN )?IF NOT EXISTS ");
  private static final Pattern COLUMN_LIST = Pattern.compile("(?is)^\\s*CREATE\\s+[\\w\\s]*?TABLE\\s+"
      + "(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME + "(?:\\s*\\.\\s*" + NAME + ")*\\s*\\(");
  private static final Pattern COLUMN = Pattern.compile("(?s)^(" + NAME + ")\\s+(.*)$");
  /** A type name (group 1), its arguments, and array brackets or {@code ARRAY} (group 2). */
  private static final Pattern TYPE = Pattern.compile("(?is)^(" + NAME + "(?:\\s*\\.\\s*" + NAME + ")?)"
      + "\\s*(?:\\([^)]*\\))?\\s*((?:\\[\\s*\\d*\\s*]\\s*)+|ARRAY\\b)?");
  private static final Set<String> NOT_COLUMNS =
      Set.of("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "EXCLUDE", "LIKE");

  private final Map<String, String> types = new HashMap<>();
  private final Map<String, Set<String>> columnsOfTable = new HashMap<>();
  private final Map<String, String> declaredBy = new HashMap<>();
  private int jsonColumns;

  /** Starts from the database's column types. */
  PendingColumnTypes(Map<String, String> database) {
    database.forEach((column, type) -> put(null, column, type));
  }

  /** {@code table.column} to type, as the statements followed so far leave it. */
  Map<String, String> types() {
    return types;
  }

  /** Whether any column is {@code json} now. */
  boolean anyJson() {
    return jsonColumns > 0;
  }

  /** The revision whose statement last declared this column's type, if a pending one did. */
  Optional<String> declaredBy(String column) {
    return Optional.ofNullable(declaredBy.get(column));
  }

  /** Applies what {@code statement} of revision {@code revision} declares. */
  void follow(String revision, StatementView statement) {
    String table = statement.table().toLowerCase(Locale.ROOT);
    if (statement.kind() == StatementView.Kind.CREATE_TABLE) {
      createTable(revision, statement, table);
    } else if (statement.kind() == StatementView.Kind.ALTER_TABLE) {
      for (String clause : statement.clauses()) {
        AlterClauses.addColumn(clause).ifPresent(m -> {
          String column = table + "." + name(m.group(1));
          if (!ADD_IF_NOT_EXISTS.matcher(clause).find() || !types.containsKey(column)) {
            typeOf(m.group(2)).ifPresent(type -> put(revision, column, type));
          }
        });
        AlterClauses.alterType(clause).ifPresent(m -> typeOf(clause.substring(m.end()))
            .ifPresent(type -> put(revision, table + "." + name(m.group(1)), type)));
      }
    }
  }

  private void createTable(String revision, StatementView statement, String table) {
    Set<String> existing = columnsOfTable.getOrDefault(table, Set.of());
    if (!existing.isEmpty() && IF_NOT_EXISTS.matcher(statement.norm()).find()) {
      return;
    }
    List.copyOf(existing).forEach(this::remove);
    columns(statement).forEach((column, type) -> put(revision, table + "." + column, type));
  }

  /**
   * The columns of a {@code CREATE TABLE}. JSqlParser reads the statements that mention json (it
   * costs ~0.3 ms a statement); for the others, and where it fails (PostgreSQL-only syntax such as
   * {@code PARTITION BY} or {@code LIKE}), the column list is read token by token.
   */
  private static Map<String, String> columns(StatementView statement) {
    Statement parsed = statement.norm().contains("JSON") ? StatementClassifier.parse(statement.sql()) : null;
    Map<String, String> columns = new LinkedHashMap<>();
    if (parsed instanceof CreateTable create) {
      if (create.getColumnDefinitions() != null) {
        for (ColumnDefinition d : create.getColumnDefinitions()) {
          List<?> dims = d.getColDataType().getArrayData();
          boolean array = dims != null && !dims.isEmpty();
          typeOf(d.getColDataType().getDataType())
              .ifPresent(type -> columns.put(name(d.getColumnName()), type + (array ? "[]" : "")));
        }
      }
      return columns;
    }
    definitions(statement).forEach((column, definition) -> typeOf(definition).ifPresent(t -> columns.put(column, t)));
    return columns;
  }

  /**
   * The columns of a {@code CREATE TABLE} read token by token: column name (bare, lower case) to
   * its definition as written, literals masked ({@code varchar(20) NOT NULL DEFAULT 'sss'}). Empty
   * for {@code CREATE TABLE ... AS}.
   */
  static Map<String, String> definitions(StatementView statement) {
    Map<String, String> columns = new LinkedHashMap<>();
    String masked = SqlText.maskLiterals(statement.sql());
    Matcher list = COLUMN_LIST.matcher(masked);
    if (!list.find()) {
      return columns; // CREATE TABLE ... AS SELECT: no declared types
    }
    for (String element : SqlText.topLevelCommaSplit(body(masked, list.end()))) {
      Matcher m = COLUMN.matcher(element);
      if (m.find() && !NOT_COLUMNS.contains(m.group(1).toUpperCase(Locale.ROOT))) {
        columns.put(name(m.group(1)), m.group(2));
      }
    }
    return columns;
  }

  /** The text from {@code start} to the parenthesis that closes the one before it. */
  private static String body(String sql, int start) {
    int depth = 1;
    boolean quoted = false;
    for (int i = start; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return sql.substring(start, i);
      }
    }
    return sql.substring(start);
  }

  /** {@code JSONB NOT NULL} gives {@code jsonb}; {@code pg_catalog.json[]} gives {@code json[]}. */
  static Optional<String> typeOf(String definition) {
    Matcher m = TYPE.matcher(definition.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String type = SqlText.bareName(m.group(1).replaceAll("\\s+", "")).toLowerCase(Locale.ROOT);
    return Optional.of(type + (m.group(2) == null ? "" : "[]"));
  }

  private static String name(String written) {
    return SqlText.bareName(written).toLowerCase(Locale.ROOT);
  }

  /** Sets a column's type; {@code revision} is null for the database's own columns. */
  private void put(String revision, String column, String type) {
    remove(column);
    types.put(column, type);
    columnsOfTable.computeIfAbsent(table(column), t -> new HashSet<>()).add(column);
    if (revision != null) {
      declaredBy.put(column, revision);
    }
    jsonColumns += type.equals("json") ? 1 : 0;
  }

  private void remove(String column) {
    String old = types.remove(column);
    if (old != null) {
      columnsOfTable.get(table(column)).remove(column);
      declaredBy.remove(column);
      jsonColumns -= old.equals("json") ? 1 : 0;
    }
  }

  /** The table part of {@code table.column}. */
  private static String table(String column) {
    int dot = column.lastIndexOf('.');
    return dot < 0 ? "" : column.substring(0, dot);
  }
}
