package dev.retort.dialect.postgres;

import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.SchemaReflector;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PostgreSQL schemas from {@code pg_catalog} in eight queries whatever their size
 * ({@link PgCatalog}): schemas, tables, columns, constraints, indexes, views, sequences, enum types.
 */
final class PostgresReflector implements SchemaReflector {
  @Override
  public SchemaSnapshot reflect(SchemaLookup lookup, ReflectOptions options) {
    Map<String, Parts> schemas = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(PgCatalog.SCHEMAS)) {
      String name = (String) row.get(0);
      if (options.includesSchema(name)) {
        schemas.put(name, new Parts());
      }
    }
    String[] names = schemas.keySet().toArray(new String[0]);
    Map<String, Table.Builder> tables = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(PgCatalog.TABLES, (Object) names)) {
      if (!options.excludes(text(row, 0), text(row, 1))) {
        tables.put(key(row), Table.builder(text(row, 1)).comment(text(row, 2)));
      }
    }
    for (List<Object> row : lookup.query(PgCatalog.COLUMNS, (Object) names)) {
      Table.Builder table = tables.get(key(row));
      if (table != null) {
        table.column(column(row));
      }
    }
    for (List<Object> row : lookup.query(PgCatalog.CONSTRAINTS, (Object) names)) {
      Table.Builder table = tables.get(key(row));
      if (table != null) {
        constraint(table, row);
      }
    }
    for (List<Object> row : lookup.query(PgCatalog.INDEXES, (Object) names)) {
      Table.Builder table = tables.get(key(row));
      if (table != null) {
        table.index(index(row));
      }
    }
    tables.forEach((key, table) -> schemas.get(key.substring(0, key.indexOf('\u0000'))).tables.add(table.build()));
    for (List<Object> row : lookup.query(PgCatalog.VIEWS, (Object) names)) {
      schemas.get(text(row, 0)).views.add(new View(text(row, 1), text(row, 2).trim(), text(row, 3)));
    }
    for (List<Object> row : lookup.query(PgCatalog.SEQUENCES, (Object) names)) {
      if (row.get(9) == null || !options.excludes(text(row, 0), text(row, 9))) {
        schemas.get(text(row, 0)).sequences.add(sequence(row));
      }
    }
    for (List<Object> row : lookup.query(PgCatalog.ENUMS, (Object) names)) {
      schemas.get(text(row, 0)).enums.add(new EnumType(text(row, 1), strings(row.get(2))));
    }
    List<Schema> result = new ArrayList<>();
    schemas.forEach((name, p) -> result.add(new Schema(name, p.tables, p.views, p.sequences, p.enums)));
    return new SchemaSnapshot(result);
  }

  private static Column column(List<Object> row) {
    String type = text(row, 3);
    String generated = text(row, 7);
    String expression = text(row, 5);
    boolean isGenerated = generated != null && !generated.isEmpty();
    Column column = new Column(text(row, 2), new ColumnType(type, PgTypes.normalize(type)),
        !(Boolean) row.get(4), isGenerated ? null : expression, identity(text(row, 6)), null, text(row, 8));
    return isGenerated ? column.withGenerated(new GeneratedColumn(PgTypes.unwrap(expression), generated.equals("s"))) : column;
  }

  private static Identity identity(String code) {
    if ("a".equals(code)) {
      return Identity.ALWAYS;
    }
    return "d".equals(code) ? Identity.BY_DEFAULT : Identity.NONE;
  }

  private static void constraint(Table.Builder table, List<Object> row) {
    String name = text(row, 2);
    List<String> columns = strings(row.get(4));
    boolean deferrable = (Boolean) row.get(10);
    boolean deferred = (Boolean) row.get(11);
    switch (text(row, 3)) {
      case "p":
        table.primaryKey(new PrimaryKey(name, columns));
        break;
      case "u":
        table.unique(new UniqueConstraint(name, columns, deferrable, deferred));
        break;
      case "f":
        table.foreignKey(new ForeignKey(name, columns, text(row, 5), text(row, 6), strings(row.get(7)),
            action(text(row, 8)), action(text(row, 9)), deferrable, deferred));
        break;
      default:
        table.check(new CheckConstraint(name, PgTypes.unwrap(text(row, 12))));
        break;
    }
  }

  private static ReferentialAction action(String code) {
    switch (code) {
      case "r":
        return ReferentialAction.RESTRICT;
      case "c":
        return ReferentialAction.CASCADE;
      case "n":
        return ReferentialAction.SET_NULL;
      case "d":
        return ReferentialAction.SET_DEFAULT;
      default:
        return ReferentialAction.NO_ACTION;
    }
  }

  private static Index index(List<Object> row) {
    List<String> columns = strings(row.get(6));
    List<String> definitions = strings(row.get(7));
    List<Object> descending = list(row.get(8));
    List<IndexColumn> keys = new ArrayList<>();
    for (int k = 0; k < definitions.size(); k++) {
      boolean desc = Boolean.TRUE.equals(descending.get(k));
      keys.add(columns.get(k) != null ? new IndexColumn(columns.get(k), null, desc)
          : new IndexColumn(null, definitions.get(k), desc));
    }
    return new Index(text(row, 2), (Boolean) row.get(3), keys, text(row, 5), text(row, 4));
  }

  private static Sequence sequence(List<Object> row) {
    String owner = row.get(9) == null ? null : text(row, 9) + "." + text(row, 10);
    return new Sequence(text(row, 1), text(row, 2), number(row, 3), number(row, 4), number(row, 5), number(row, 6),
        number(row, 7), (Boolean) row.get(8), owner);
  }

  private static String key(List<Object> row) {
    return text(row, 0) + "\u0000" + text(row, 1);
  }

  private static String text(List<Object> row, int i) {
    Object value = row.get(i);
    return value == null ? null : value.toString();
  }

  private static long number(List<Object> row, int i) {
    return ((Number) row.get(i)).longValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    list(value).forEach(v -> out.add(v == null ? null : v.toString()));
    return out;
  }

  /** The parts of one schema as they are read. */
  private static final class Parts {
    final List<Table> tables = new ArrayList<>();
    final List<View> views = new ArrayList<>();
    final List<Sequence> sequences = new ArrayList<>();
    final List<EnumType> enums = new ArrayList<>();
  }
}
