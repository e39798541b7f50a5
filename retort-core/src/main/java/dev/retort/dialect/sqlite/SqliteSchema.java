package dev.retort.dialect.sqlite;

import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.TableNames;
import dev.retort.dialect.UnrenderableOperationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the SQLite compiler reads before it compiles: tables from {@code sqlite_master}, columns. */
final class SqliteSchema {
  private final SchemaLookup lookup;

  SqliteSchema(SchemaLookup lookup) {
    this.lookup = lookup;
  }

  Optional<TableShape> table(String table) {
    String name = TableNames.table(table);
    List<List<Object>> rows = lookup.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", name);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String actual = (String) rows.get(0).get(0);
    List<String> indexes = new ArrayList<>();
    List<String> triggers = new ArrayList<>();
    for (List<Object> row : lookup.query("SELECT type, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        + " AND tbl_name = ? COLLATE NOCASE AND sql IS NOT NULL ORDER BY type, name", actual)) {
      (row.get(0).equals("index") ? indexes : triggers).add((String) row.get(1));
    }
    return Optional.of(TableShape.parse(actual, (String) rows.get(0).get(1), indexes, triggers));
  }

  /** The table's shape; an error naming the operation when there is no such table. */
  TableShape require(String table, String operation) {
    return table(table).orElseThrow(() -> new UnrenderableOperationException(operation,
        "table " + table + " does not exist", "create the table first, or check the name"));
  }

  /**
   * Whether dropping the table would run foreign key actions or checks on other tables: foreign
   * keys are enforced on this connection and another table references it.
   */
  boolean enforcedParent(String table) {
    List<List<Object>> on = lookup.query("SELECT foreign_keys FROM pragma_foreign_keys()");
    if (on.isEmpty() || ((Number) on.get(0).get(0)).intValue() == 0) {
      return false;
    }
    return !lookup.query("SELECT m.name FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
        + " AND f.\"table\" = ? COLLATE NOCASE AND m.name <> ? COLLATE NOCASE", table, table).isEmpty();
  }

  boolean inTransaction() {
    return lookup.inTransaction();
  }

  boolean hasColumn(String table, String column) {
    return !lookup.query("SELECT 1 FROM pragma_table_info(?) WHERE name = ? COLLATE NOCASE", TableNames.table(table), column)
        .isEmpty();
  }
}
