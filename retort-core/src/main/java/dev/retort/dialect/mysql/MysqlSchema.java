package dev.retort.dialect.mysql;

import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.TableNames;
import dev.retort.dialect.UnrenderableOperationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the MySQL compiler reads before it compiles, from {@code information_schema} of the table's
 * database (the connection's own unless the name says {@code database.table}): a column's whole
 * definition (MySQL restates it on every change), what kind a named constraint is (each kind drops
 * its own way), and a table's indexes and foreign keys (an index a foreign key needs cannot be
 * dropped alone).
 */
final class MysqlSchema {
  private static final String IN_TABLE = " WHERE table_schema = coalesce(?, database()) AND table_name = ?";

  private final SchemaLookup lookup;

  MysqlSchema(SchemaLookup lookup) {
    this.lookup = lookup;
  }

  /** One column as the server holds it. */
  record ColumnFacts(
      String name, String columnType, boolean nullable, String defaultSql, boolean autoIncrement, String generation,
      boolean stored, String comment, String charset, String collation, String tableCollation) {}

  /** An index: whether it is unique, and its columns in key order (null for an expression key, or one with a prefix). */
  record IndexFacts(String name, boolean unique, List<String> columns) {}

  /** Whether the server is MariaDB, which prints defaults as SQL. */
  boolean mariadb() {
    List<List<Object>> rows = lookup.query("SELECT version()");
    return !rows.isEmpty() && String.valueOf(rows.get(0).get(0)).toLowerCase(Locale.ROOT).contains("mariadb");
  }

  boolean hasColumn(String table, String column) {
    return !lookup.query("SELECT 1 FROM information_schema.columns" + IN_TABLE + " AND column_name = ?",
        TableNames.schema(table), TableNames.table(table), column).isEmpty();
  }

  /** The column; an error naming the operation when the table has none of that name. */
  ColumnFacts column(String table, String column, String operation) {
    List<List<Object>> rows = lookup.query("SELECT c.column_name, c.column_type, c.is_nullable, c.column_default, c.extra,"
        + " c.generation_expression, c.column_comment, c.character_set_name, c.collation_name, t.table_collation,"
        + " c.data_type FROM information_schema.columns c JOIN information_schema.tables t"
        + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
        + " WHERE c.table_schema = coalesce(?, database()) AND c.table_name = ? AND c.column_name = ?",
        TableNames.schema(table), TableNames.table(table), column);
    if (rows.isEmpty()) {
      throw new UnrenderableOperationException(operation, "table " + table + " has no column " + column,
          "check the table and column names (SHOW COLUMNS FROM " + table + " lists them)");
    }
    List<Object> r = rows.get(0);
    String extra = text(r.get(4));
    String lowerExtra = extra.toLowerCase(Locale.ROOT);
    boolean generated = lowerExtra.contains("generated") && !lowerExtra.contains("default_generated");
    String generation = generated ? MysqlText.expression(text(r.get(5))) : null;
    String dflt = generated ? null : MysqlText.defaultExpression(text(r.get(10)), (String) r.get(3), extra, mariadb());
    String comment = text(r.get(6));
    return new ColumnFacts(text(r.get(0)), text(r.get(1)), "YES".equals(r.get(2)), dflt,
        lowerExtra.contains("auto_increment"), generation, lowerExtra.contains("stored"), comment.isEmpty() ? null : comment,
        (String) r.get(7), (String) r.get(8), (String) r.get(9));
  }

  boolean hasIndex(String table, String index) {
    return !lookup.query("SELECT 1 FROM information_schema.statistics" + IN_TABLE + " AND index_name = ?",
        TableNames.schema(table), TableNames.table(table), index).isEmpty();
  }

  /**
   * The kind of the named constraint ({@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY},
   * {@code CHECK}), or empty when the table has none of that name.
   */
  Optional<String> constraintKind(String table, String name) {
    List<List<Object>> rows = lookup.query("SELECT constraint_type FROM information_schema.table_constraints"
        + IN_TABLE + " AND constraint_name = ?", TableNames.schema(table), TableNames.table(table), name);
    return rows.isEmpty() ? Optional.empty() : Optional.of(text(rows.get(0).get(0)).toUpperCase(Locale.ROOT));
  }

  /** The table's indexes by name, the primary key's ({@code PRIMARY}) among them. */
  Map<String, IndexFacts> indexes(String table) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    for (List<Object> r : lookup.query("SELECT index_name, non_unique, column_name, sub_part FROM information_schema.statistics"
        + IN_TABLE + " ORDER BY index_name, seq_in_index", TableNames.schema(table), TableNames.table(table))) {
      String name = text(r.get(0));
      unique.put(name, ((Number) r.get(1)).intValue() == 0);
      columns.computeIfAbsent(name, k -> new ArrayList<>()).add(r.get(3) == null ? (String) r.get(2) : null);
    }
    Map<String, IndexFacts> out = new LinkedHashMap<>();
    columns.forEach((name, keys) -> out.put(name, new IndexFacts(name, unique.get(name), keys)));
    return out;
  }

  /** The table's foreign keys: name to the referencing columns in key order. */
  Map<String, List<String>> foreignKeys(String table) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (List<Object> r : lookup.query("SELECT constraint_name, column_name FROM information_schema.key_column_usage"
        + IN_TABLE + " AND referenced_table_name IS NOT NULL ORDER BY constraint_name, ordinal_position",
        TableNames.schema(table), TableNames.table(table))) {
      out.computeIfAbsent(text(r.get(0)), k -> new ArrayList<>()).add(text(r.get(1)));
    }
    return out;
  }

  /** The table's columns that are {@code AUTO_INCREMENT}. */
  List<String> autoIncrementColumns(String table) {
    List<String> out = new ArrayList<>();
    for (List<Object> r : lookup.query("SELECT column_name FROM information_schema.columns" + IN_TABLE
        + " AND extra LIKE '%auto_increment%'", TableNames.schema(table), TableNames.table(table))) {
      out.add(text(r.get(0)));
    }
    return out;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
