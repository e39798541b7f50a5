package dev.retort.dialect.sqlite;

import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.SchemaReflector;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code main} schema of a SQLite database in five queries: {@code sqlite_schema}, then
 * {@code pragma_table_xinfo}, {@code pragma_index_list}, {@code pragma_index_xinfo} and {@code
 * pragma_foreign_key_list} joined across all tables. What the pragmas do not report (constraint
 * names, checks, generated expressions, {@code AUTOINCREMENT}, deferrable foreign keys, index
 * expressions and predicates) is read from the stored SQL. Virtual tables and their shadow tables
 * are left out ({@code pragma_table_list}, SQLite 3.37 or later).
 */
final class SqliteReflector implements SchemaReflector {
  static final String SCHEMA = "main";
  private static final String TABLES = " FROM sqlite_schema m JOIN %s WHERE m.type = 'table'"
      + " AND substr(m.name, 1, 7) <> 'sqlite_' AND m.sql NOT LIKE 'CREATE VIRTUAL %%' ORDER BY %s";
  /**
   * Virtual tables (FTS, R*Tree) and their shadow tables are the module's business, not the schema's.
   * An uncorrelated {@code NOT IN}: SQLite lists the tables once; a correlated {@code NOT EXISTS}
   * listed them again for every row (4 s at 1,000 tables, bench/autogen-check.sh).
   */
  private static final String NOT_VIRTUAL = " AND m.tbl_name NOT IN (SELECT tl.name FROM pragma_table_list tl"
      + " WHERE tl.schema = 'main' AND tl.type IN ('virtual', 'shadow'))";

  @Override
  public SchemaSnapshot reflect(SchemaLookup lookup, ReflectOptions options) {
    if (!options.includesSchema(SCHEMA)) {
      return new SchemaSnapshot(List.of());
    }
    Map<String, String> tableSql = new LinkedHashMap<>();
    Map<String, String> indexSql = new LinkedHashMap<>();
    List<View> views = new ArrayList<>();
    for (List<Object> row : lookup.query("SELECT m.type, m.name, m.sql FROM sqlite_schema m"
        + " WHERE substr(m.name, 1, 7) <> 'sqlite_' AND m.type IN ('table', 'view', 'index')" + NOT_VIRTUAL
        + " ORDER BY m.type, m.name")) {
      String type = (String) row.get(0);
      String name = (String) row.get(1);
      String sql = (String) row.get(2);
      if (type.equals("table") && !options.excludes(SCHEMA, name)) {
        tableSql.put(name, sql);
      } else if (type.equals("view")) {
        views.add(new View(name, SqliteSql.viewDefinition(sql), null));
      } else if (type.equals("index") && sql != null) {
        indexSql.put(name, sql);
      }
    }
    Map<String, Builder> tables = new LinkedHashMap<>();
    tableSql.forEach((name, sql) -> tables.put(name, new Builder(name, TableShape.parse(name, sql, List.of(), List.of()))));
    columns(lookup, tables);
    indexes(lookup, tables, indexSql);
    foreignKeys(lookup, tables);
    List<Table> built = new ArrayList<>();
    tables.values().forEach(b -> built.add(b.build()));
    return new SchemaSnapshot(List.of(new Schema(SCHEMA, built, views, List.of(), List.of())));
  }

  private static void columns(SchemaLookup lookup, Map<String, Builder> tables) {
    for (List<Object> row : lookup.query(String.format(
        "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden" + TABLES,
        "pragma_table_xinfo(m.name) p", "m.name, p.cid"))) {
      Builder table = tables.get((String) row.get(0));
      if (table == null || number(row.get(6)) == 1) {
        continue;
      }
      table.column((String) row.get(1), (String) row.get(2), number(row.get(3)) == 0, (String) row.get(4),
          number(row.get(5)), number(row.get(6)));
    }
  }

  private static void indexes(SchemaLookup lookup, Map<String, Builder> tables, Map<String, String> indexSql) {
    Map<String, List<IndexColumn>> keys = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(String.format(
        "SELECT m.name, il.name, ix.cid, ix.name, ix.\"desc\"" + TABLES,
        "pragma_index_list(m.name) il JOIN pragma_index_xinfo(il.name) ix", "m.name, il.name, ix.seqno")
        .replace("WHERE", "WHERE ix.key = 1 AND"))) {
      String index = (String) row.get(1);
      List<IndexColumn> list = keys.computeIfAbsent(index, k -> new ArrayList<>());
      boolean desc = number(row.get(4)) == 1;
      if (number(row.get(2)) == -2) {
        String expression = SqliteSql.indexKeys(indexSql.getOrDefault(index, "")).get(list.size());
        list.add(new IndexColumn(null, expression, desc));
      } else {
        list.add(new IndexColumn((String) row.get(3), null, desc));
      }
    }
    for (List<Object> row : lookup.query(String.format(
        "SELECT m.name, il.name, il.\"unique\", il.origin" + TABLES, "pragma_index_list(m.name) il", "m.name, il.seq"))) {
      Builder table = tables.get((String) row.get(0));
      String name = (String) row.get(1);
      String origin = (String) row.get(3);
      List<IndexColumn> columns = keys.getOrDefault(name, List.of());
      if (table == null || origin.equals("pk")) {
        continue;
      }
      if (origin.equals("u")) {
        List<String> names = columns.stream().map(IndexColumn::column).toList();
        table.table.unique(UniqueConstraint.of(table.facts.uniqueName(names), names));
      } else {
        String sql = indexSql.getOrDefault(name, "");
        table.table.index(new Index(name, number(row.get(2)) == 1, columns, SqliteSql.indexPredicate(sql), "btree"));
      }
    }
  }

  private static void foreignKeys(SchemaLookup lookup, Map<String, Builder> tables) {
    Map<String, ForeignKeyRows> keys = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(String.format(
        "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete" + TABLES,
        "pragma_foreign_key_list(m.name) f", "m.name, f.id, f.seq"))) {
      if (!tables.containsKey((String) row.get(0))) {
        continue;
      }
      keys.computeIfAbsent(row.get(0) + "\u0000" + row.get(1), k -> new ForeignKeyRows((String) row.get(0),
          (String) row.get(2), (String) row.get(5), (String) row.get(6))).add((String) row.get(3), (String) row.get(4));
    }
    for (ForeignKeyRows fk : keys.values()) {
      Builder table = tables.get(fk.table);
      List<String> to = fk.to;
      if (to.stream().anyMatch(c -> c == null)) {
        Builder parent = tables.get(fk.parent);
        to = parent == null || parent.primaryKey.isEmpty() ? fk.from : List.copyOf(parent.primaryKey);
      }
      SqliteTableFacts.ForeignKeyFacts facts = table.facts.foreignKey(fk.from);
      table.table.foreignKey(new ForeignKey(facts.name(), fk.from, SCHEMA, fk.parent, to,
          ReferentialAction.parse(fk.onDelete), ReferentialAction.parse(fk.onUpdate), facts.deferrable(),
          facts.initiallyDeferred()));
    }
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }

  /** The rows of one foreign key, one per column pair. */
  private static final class ForeignKeyRows {
    final String table;
    final String parent;
    final String onUpdate;
    final String onDelete;
    final List<String> from = new ArrayList<>();
    final List<String> to = new ArrayList<>();

    ForeignKeyRows(String table, String parent, String onUpdate, String onDelete) {
      this.table = table;
      this.parent = parent;
      this.onUpdate = onUpdate;
      this.onDelete = onDelete;
    }

    void add(String column, String referenced) {
      from.add(column);
      to.add(referenced);
    }
  }

  /** A table being read: its model builder and what its SQL says. */
  private static final class Builder {
    final Table.Builder table;
    final SqliteTableFacts facts;
    /** The primary key columns in key order, known once the columns are read. */
    final List<String> primaryKey = new ArrayList<>();

    Builder(String name, TableShape shape) {
      this.table = Table.builder(name);
      this.facts = new SqliteTableFacts(shape);
    }

    void column(String name, String type, boolean nullable, String dflt, int pk, int hidden) {
      String declared = hidden >= 2 ? SqliteSql.withoutGeneratedSuffix(type) : type;
      Column column = new Column(name, new ColumnType(declared, SqliteSql.normalizeType(declared)), nullable, dflt,
          facts.autoincrement(name) ? Identity.AUTOINCREMENT : Identity.NONE, null, null);
      if (hidden >= 2) {
        column = column.withGenerated(new GeneratedColumn(facts.generatedExpression(name), hidden == 3));
      }
      table.column(column);
      if (pk > 0) {
        while (primaryKey.size() < pk) {
          primaryKey.add(null);
        }
        primaryKey.set(pk - 1, name);
      }
    }

    Table build() {
      if (!primaryKey.isEmpty()) {
        table.primaryKey(new PrimaryKey(facts.primaryKeyName(), primaryKey));
      }
      facts.checks().forEach(table::check);
      return table.build();
    }
  }
}
