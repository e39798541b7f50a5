package dev.retort.autogen.diff;

import java.util.HashMap;
import java.util.Map;

/**
 * How {@link SchemaDiff} reads two snapshots: rename hints, so that a renamed table or column
 * becomes a rename and never a drop and an add (which would lose its data).
 *
 * @param tableRenames old table name to new table name
 * @param columnRenames {@code table.old} to the new column name, where {@code table} is the table's
 *     name in the desired schema
 */
public record DiffOptions(Map<String, String> tableRenames, Map<String, String> columnRenames) {
  public DiffOptions {
    tableRenames = Map.copyOf(tableRenames);
    columnRenames = Map.copyOf(columnRenames);
  }

  /** No hints. */
  public static DiffOptions none() {
    return new DiffOptions(Map.of(), Map.of());
  }

  /** These options plus the hint that table {@code from} is now named {@code to}. */
  public DiffOptions renameTable(String from, String to) {
    Map<String, String> tables = new HashMap<>(tableRenames);
    tables.put(from, to);
    return new DiffOptions(tables, columnRenames);
  }

  /** These options plus the hint that column {@code from} of {@code table} (its desired name) is now {@code to}. */
  public DiffOptions renameColumn(String table, String from, String to) {
    Map<String, String> columns = new HashMap<>(columnRenames);
    columns.put(table + "." + from, to);
    return new DiffOptions(tableRenames, columns);
  }

  /** The hints for the opposite direction (the downgrade): every rename undone. */
  public DiffOptions reversed() {
    Map<String, String> tables = new HashMap<>();
    tableRenames.forEach((from, to) -> tables.put(to, from));
    Map<String, String> columns = new HashMap<>();
    columnRenames.forEach((key, to) -> {
      int dot = key.lastIndexOf('.');
      String table = key.substring(0, dot);
      String oldTable = tables.getOrDefault(table, table);
      columns.put(oldTable + "." + to, key.substring(dot + 1));
    });
    return new DiffOptions(tables, columns);
  }

  /** The new name of table {@code name}, or null when no hint renames it. */
  String newTableName(String name) {
    return tableRenames.get(name);
  }

  /** The old name of column {@code column} of the desired table {@code table}, or null. */
  String oldColumnName(String table, String column) {
    if (columnRenames.isEmpty()) {
      return null; // asked for every column of every table
    }
    String prefix = table + ".";
    for (Map.Entry<String, String> e : columnRenames.entrySet()) {
      String key = e.getKey();
      if (e.getValue().equals(column) && key.startsWith(prefix) && key.indexOf('.', prefix.length()) < 0) {
        return key.substring(prefix.length());
      }
    }
    return null;
  }
}
