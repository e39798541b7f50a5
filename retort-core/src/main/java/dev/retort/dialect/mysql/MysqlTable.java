package dev.retort.dialect.mysql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One table as {@link MysqlReflector} reads it, row by row from each catalog query, and then built
 * into the model: only once every row is in can MariaDB's JSON columns be told from their checks,
 * and the foreign keys' own indexes from the user's.
 */
final class MysqlTable {
  private final String name;
  private final String comment;
  private final boolean mariadb;
  private final List<List<Object>> columns = new ArrayList<>();
  private final Map<String, Keys> indexes = new LinkedHashMap<>();
  private final List<String[]> checks = new ArrayList<>();
  private final Map<String, References> foreignKeys = new LinkedHashMap<>();

  MysqlTable(String name, String comment, boolean mariadb) {
    this.name = name;
    this.comment = comment == null || comment.isEmpty() ? null : comment;
    this.mariadb = mariadb;
  }

  /** A column: name, column_type, data_type, is_nullable, column_default, extra, generation_expression, comment, collation. */
  void column(List<Object> row) {
    columns.add(row);
  }

  /** An index key: index_name, non_unique, column_name, sub_part, collation, index_type, expression. */
  void indexKey(List<Object> row) {
    String index = (String) row.get(0);
    Keys keys = indexes.computeIfAbsent(index, k -> new Keys(((Number) row.get(1)).intValue() == 0,
        String.valueOf(row.get(5)).toLowerCase(Locale.ROOT)));
    boolean desc = "D".equals(row.get(4));
    String column = (String) row.get(2);
    if (column == null) {
      keys.add(new IndexColumn(null, "(" + MysqlText.expression(String.valueOf(row.get(6))) + ")", desc), null);
    } else if (row.get(3) != null) {
      keys.add(new IndexColumn(null, column + "(" + row.get(3) + ")", desc), null);
    } else {
      keys.add(new IndexColumn(column, null, desc), desc ? null : column);
    }
  }

  void check(String check, String clause, String level) {
    checks.add(new String[] {check, clause, level});
  }

  void foreignKeyColumn(String key, String column, String referencedSchema, String referencedTable, String referencedColumn,
      String onUpdate, String onDelete) {
    foreignKeys.computeIfAbsent(key, k -> new References(referencedSchema, referencedTable, action(onUpdate), action(onDelete)))
        .add(column, referencedColumn);
  }

  /** InnoDB's RESTRICT is its NO ACTION (both check at once): one spelling, so neither reads as a change. */
  private static ReferentialAction action(String rule) {
    ReferentialAction action = ReferentialAction.parse(rule);
    return action == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : action;
  }

  Table build() {
    Table.Builder table = Table.builder(name).comment(comment);
    List<String> json = jsonColumns();
    for (List<Object> c : columns) {
      table.column(column(c, json.contains((String) c.get(0))));
    }
    for (String[] check : checks) {
      if (!json.contains(check[0]) || !"Column".equalsIgnoreCase(check[2])) {
        table.check(new CheckConstraint(check[0], MysqlText.expression(check[1])));
      }
    }
    foreignKeys.forEach((key, r) -> table.foreignKey(new ForeignKey(key, r.columns, r.schema, r.table, r.referenced,
        r.onDelete, r.onUpdate, false, false)));
    indexes.forEach((index, keys) -> index(table, index, keys));
    return table.build();
  }

  private void index(Table.Builder table, String index, Keys keys) {
    if (index.equals("PRIMARY")) {
      table.primaryKey(new PrimaryKey(null, keys.plain));
      return;
    }
    boolean plain = !keys.plain.contains(null);
    for (Map.Entry<String, References> fk : foreignKeys.entrySet()) {
      if (plain && ForeignKeyIndexes.belongsTo(index, keys.unique, keys.plain, fk.getKey(), fk.getValue().columns)) {
        return;
      }
    }
    if (keys.unique && plain && keys.method.equals("btree")) {
      table.unique(UniqueConstraint.of(index, keys.plain));
    } else {
      table.index(new Index(index, keys.unique, keys.keys, null, keys.method));
    }
  }

  private Column column(List<Object> c, boolean json) {
    String columnName = (String) c.get(0);
    String reported = json ? "json" : (String) c.get(1);
    String extra = c.get(5) == null ? "" : c.get(5).toString();
    String lowerExtra = extra.toLowerCase(Locale.ROOT);
    boolean generated = lowerExtra.contains("generated") && !lowerExtra.contains("default_generated");
    String dflt = generated ? null : MysqlText.defaultExpression((String) c.get(2), (String) c.get(4), extra, mariadb);
    String text = c.get(7) == null || c.get(7).toString().isEmpty() ? null : c.get(7).toString();
    Column column = new Column(columnName, new ColumnType(reported, MysqlText.normalizeType(reported)),
        "YES".equals(c.get(3)), dflt, lowerExtra.contains("auto_increment") ? Identity.AUTOINCREMENT : Identity.NONE, null, text);
    if (generated) {
      column = column.withGenerated(new GeneratedColumn(MysqlText.expression(String.valueOf(c.get(6))),
          lowerExtra.contains("stored")));
    }
    return column;
  }

  /** MariaDB's JSON columns: LONGTEXT with a column check {@code json_valid(`c`)} named as the column. */
  private List<String> jsonColumns() {
    List<String> out = new ArrayList<>();
    if (!mariadb) {
      return out;
    }
    for (List<Object> c : columns) {
      String column = (String) c.get(0);
      boolean longtext = "longtext".equalsIgnoreCase(String.valueOf(c.get(2)));
      for (String[] check : checks) {
        if (longtext && check[0].equals(column) && "Column".equalsIgnoreCase(check[2])
            && check[1].strip().equals("json_valid(`" + column + "`)")) {
          out.add(column);
        }
      }
    }
    return out;
  }

  /** One index's keys: all of them, and the plain ascending whole columns (null where a key is not one). */
  private static final class Keys {
    final boolean unique;
    final String method;
    final List<IndexColumn> keys = new ArrayList<>();
    final List<String> plain = new ArrayList<>();

    Keys(boolean unique, String method) {
      this.unique = unique;
      this.method = method;
    }

    void add(IndexColumn key, String plainColumn) {
      keys.add(key);
      plain.add(plainColumn);
    }
  }

  /** One foreign key's column pairs and rules. */
  private static final class References {
    final String schema;
    final String table;
    final ReferentialAction onUpdate;
    final ReferentialAction onDelete;
    final List<String> columns = new ArrayList<>();
    final List<String> referenced = new ArrayList<>();

    References(String schema, String table, ReferentialAction onUpdate, ReferentialAction onDelete) {
      this.schema = schema;
      this.table = table;
      this.onUpdate = onUpdate;
      this.onDelete = onDelete;
    }

    void add(String column, String referencedColumn) {
      columns.add(column);
      referenced.add(referencedColumn);
    }
  }
}
