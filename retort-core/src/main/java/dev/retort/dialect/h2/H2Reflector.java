package dev.retort.dialect.h2;

import dev.retort.dialect.LeaseLock;
import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.SchemaReflector;
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
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads H2 2.x schemas from {@code INFORMATION_SCHEMA} in eight queries whatever their size
 * ({@link H2Catalog}). H2 folds unquoted names to upper case; a name that is all upper case is
 * reported in lower case (as PostgreSQL folds), so operations written from it stay unquoted and
 * fold back to the same name. Names H2 made up for unnamed primary keys ({@code CONSTRAINT_4}) are
 * reported as no name. The lease lock's table ({@value LeaseLock#TABLE}) is Retort's and never reported.
 */
final class H2Reflector implements SchemaReflector {
  private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+");

  @Override
  public SchemaSnapshot reflect(SchemaLookup lookup, ReflectOptions options) {
    Map<String, List<View>> schemas = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(H2Catalog.SCHEMAS)) {
      String name = fold(text(row, 0));
      if (options.includesSchema(name)) {
        schemas.put(name, new ArrayList<>());
      }
    }
    Map<String, Table.Builder> tables = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(H2Catalog.TABLES)) {
      String table = fold(text(row, 1));
      if (schemas.containsKey(fold(text(row, 0))) && !options.excludes(fold(text(row, 0)), table)
          && !table.equals(LeaseLock.TABLE)) {
        tables.put(key(row), Table.builder(table).comment(text(row, 2)));
      }
    }
    for (List<Object> row : lookup.query(H2Catalog.COLUMNS)) {
      with(tables, row).ifPresent(t -> t.column(column(row)));
    }
    keys(lookup, tables);
    foreignKeys(lookup, tables);
    for (List<Object> row : lookup.query(H2Catalog.CHECKS)) {
      with(tables, row).ifPresent(t -> t.check(new CheckConstraint(fold(text(row, 2)), text(row, 3))));
    }
    indexes(lookup, tables);
    for (List<Object> row : lookup.query(H2Catalog.VIEWS)) {
      List<View> views = schemas.get(fold(text(row, 0)));
      if (views != null) {
        views.add(new View(fold(text(row, 1)), text(row, 2).strip(), text(row, 3)));
      }
    }
    Map<String, List<Table>> built = new LinkedHashMap<>();
    schemas.keySet().forEach(s -> built.put(s, new ArrayList<>()));
    tables.forEach((key, table) -> built.get(key.substring(0, key.indexOf('\u0000'))).add(table.build()));
    List<Schema> result = new ArrayList<>();
    schemas.forEach((name, views) -> result.add(new Schema(name, built.get(name), views, List.of(), List.of())));
    return new SchemaSnapshot(result);
  }

  private static Column column(List<Object> row) {
    String type = H2Types.reported(text(row, 3), (Number) row.get(4), (Number) row.get(5), (Number) row.get(6),
        (Number) row.get(7));
    Identity identity = !"YES".equals(text(row, 10)) ? Identity.NONE
        : "ALWAYS".equals(text(row, 11)) ? Identity.ALWAYS : Identity.BY_DEFAULT;
    Column column = new Column(fold(text(row, 2)), new ColumnType(type, H2Types.normalize(type)),
        "YES".equals(text(row, 8)), text(row, 9), identity, null, text(row, 14));
    return "ALWAYS".equals(text(row, 12)) ? column.withGenerated(new GeneratedColumn(text(row, 13), true)) : column;
  }

  /** Primary keys and unique constraints: consecutive rows of one constraint are its columns in order. */
  private static void keys(SchemaLookup lookup, Map<String, Table.Builder> tables) {
    Grouped group = new Grouped();
    for (List<Object> row : lookup.query(H2Catalog.KEYS)) {
      group.add(row, 2, row.get(4));
    }
    for (Grouped.Group g : group.groups) {
      with(tables, g.first).ifPresent(t -> {
        String name = text(g.first, 2);
        List<String> columns = g.values.stream().map(v -> fold((String) v)).toList();
        if (text(g.first, 3).equals("PRIMARY KEY")) {
          t.primaryKey(new PrimaryKey(GENERATED_NAME.matcher(name).matches() ? null : fold(name), columns));
        } else {
          t.unique(UniqueConstraint.of(fold(name), columns));
        }
      });
    }
  }

  private static void foreignKeys(SchemaLookup lookup, Map<String, Table.Builder> tables) {
    Grouped group = new Grouped();
    for (List<Object> row : lookup.query(H2Catalog.FOREIGN_KEYS)) {
      group.add(row, 2, List.of(row.get(3), row.get(6)));
    }
    for (Grouped.Group g : group.groups) {
      with(tables, g.first).ifPresent(t -> {
        List<String> columns = g.values.stream().map(v -> fold((String) ((List<?>) v).get(0))).toList();
        List<String> referenced = g.values.stream().map(v -> fold((String) ((List<?>) v).get(1))).toList();
        t.foreignKey(new ForeignKey(fold(text(g.first, 2)), columns, fold(text(g.first, 4)), fold(text(g.first, 5)),
            referenced, ReferentialAction.parse(text(g.first, 7)), ReferentialAction.parse(text(g.first, 8)), false,
            false));
      });
    }
  }

  private static void indexes(SchemaLookup lookup, Map<String, Table.Builder> tables) {
    Grouped group = new Grouped();
    for (List<Object> row : lookup.query(H2Catalog.INDEXES)) {
      String column = fold(text(row, 4));
      group.add(row, 2, "DESC".equals(text(row, 5)) ? IndexColumn.desc(column) : IndexColumn.of(column));
    }
    for (Grouped.Group g : group.groups) {
      with(tables, g.first).ifPresent(t -> t.index(new Index(fold(text(g.first, 2)),
          text(g.first, 3).startsWith("UNIQUE"), g.values.stream().map(v -> (IndexColumn) v).toList(), null, "btree")));
    }
  }

  /** Rows of one object (same schema, table and name), with one value taken from each. */
  private static final class Grouped {
    private record Group(List<Object> first, List<Object> values) {}

    private final List<Group> groups = new ArrayList<>();

    void add(List<Object> row, int nameColumn, Object value) {
      Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last == null || !key(last.first).equals(key(row))
          || !text(last.first, nameColumn).equals(text(row, nameColumn))) {
        last = new Group(row, new ArrayList<>());
        groups.add(last);
      }
      last.values.add(value);
    }
  }

  private static java.util.Optional<Table.Builder> with(Map<String, Table.Builder> tables, List<Object> row) {
    return java.util.Optional.ofNullable(tables.get(key(row)));
  }

  /** The schema and table of a row, which every catalog query starts with. */
  private static String key(List<Object> row) {
    return fold(text(row, 0)) + '\u0000' + fold(text(row, 1));
  }

  /** An all-upper-case name (what H2 makes of an unquoted one) in lower case; a quoted mixed-case name as it is. */
  static String fold(String name) {
    return name != null && name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
  }

  private static String text(List<Object> row, int column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }
}
