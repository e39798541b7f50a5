package dev.retort.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The reflected schema of a database as sorted text lines, for comparing two databases (the
 * online run against the offline script's result) and for readable assertions.
 */
final class SchemaSnapshot {
  private SchemaSnapshot() {}

  static List<String> of(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? postgres(c) : sqlite(c);
  }

  static List<String> sqlite(Connection c) throws SQLException {
    List<String> lines = new ArrayList<>();
    for (List<String> t : rows(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
      String table = t.get(0);
      lines.add("table " + table);
      rows(c, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('" + table + "')")
          .forEach(r -> lines.add("column " + table + "." + String.join(" | ", r)));
      rows(c, "SELECT \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('" + table + "')")
          .forEach(r -> lines.add("fk " + table + " " + String.join(" | ", r)));
      for (List<String> ix : rows(c, "SELECT name, \"unique\", origin, partial FROM pragma_index_list('" + table + "')")) {
        List<String> cols = new ArrayList<>();
        rows(c, "SELECT name FROM pragma_index_info('" + ix.get(0) + "') ORDER BY seqno").forEach(r -> cols.add(r.get(0)));
        lines.add("index " + table + " " + String.join(" | ", ix) + " " + cols);
      }
    }
    rows(c, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        .forEach(r -> lines.add("sql " + String.join(" | ", r)));
    return lines.stream().sorted().toList();
  }

  static List<String> postgres(Connection c) throws SQLException {
    List<String> lines = new ArrayList<>();
    rows(c, "SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,"
        + " is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public'")
        .forEach(r -> lines.add("column " + r.get(0) + "." + String.join(" | ", r.subList(1, r.size()))));
    rows(c, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")
        .forEach(r -> lines.add("index " + String.join(" | ", r)));
    rows(c, "SELECT cl.relname, co.conname, co.contype, pg_get_constraintdef(co.oid) FROM pg_constraint co"
        + " JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace"
        + " WHERE n.nspname = 'public'")
        .forEach(r -> lines.add("constraint " + String.join(" | ", r)));
    return lines.stream().sorted().toList();
  }

  /** Every row of a query, values as strings ("null" for NULL). */
  static List<List<String>> rows(Connection c, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int width = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
          row.add(String.valueOf(rs.getObject(i)));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** Runs an offline script: statements separated by ";\n\n", as OfflineOperations writes them. */
  static void runScript(Connection c, String script) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (String sql : script.split(";\n\n")) {
        if (!sql.isBlank()) {
          st.execute(sql);
        }
      }
    }
  }
}
