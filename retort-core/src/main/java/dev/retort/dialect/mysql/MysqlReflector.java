package dev.retort.dialect.mysql;

import dev.retort.dialect.ReflectOptions;
import dev.retort.dialect.SchemaLookup;
import dev.retort.dialect.SchemaReflector;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads MySQL and MariaDB schemas from {@code information_schema} in seven queries whatever their
 * size ({@link MysqlCatalog}): the server, tables, columns, index keys, checks, foreign keys,
 * views. It reads the connection's own database unless {@link ReflectOptions} names databases,
 * and reports the connection's own as schema {@value #CURRENT}, as SQLite names its own, so that a
 * live database and a scratch database of another name compare equal. What the two servers print
 * differently is brought to one spelling ({@link MysqlText}); MariaDB's {@code JSON}, a {@code
 * LONGTEXT} with a {@code json_valid} check, reads as {@code json}; the indexes the server makes for
 * foreign keys belong to those keys ({@link ForeignKeyIndexes}); a unique index over whole columns
 * in ascending order is a unique constraint, since MySQL does not tell them apart.
 */
final class MysqlReflector implements SchemaReflector {
  /** The schema name of the connection's own database. */
  static final String CURRENT = "main";

  @Override
  public SchemaSnapshot reflect(SchemaLookup lookup, ReflectOptions options) {
    List<Object> server = lookup.query(MysqlCatalog.SERVER).get(0);
    String current = (String) server.get(0);
    boolean mariadb = String.valueOf(server.get(1)).toLowerCase(Locale.ROOT).contains("mariadb");
    List<String> databases = new ArrayList<>();
    if (options.schemas().isEmpty()) {
      if (current != null) {
        databases.add(current);
      }
    } else {
      databases.addAll(options.schemas().stream().map(s -> s.equals(CURRENT) && current != null ? current : s).toList());
    }
    if (databases.isEmpty()) {
      return new SchemaSnapshot(List.of());
    }
    Object[] in = databases.toArray();
    Map<String, MysqlTable> tables = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(MysqlCatalog.in(MysqlCatalog.TABLES, in.length), in)) {
      if (!options.excludes(schemaName(text(row, 0), current), text(row, 1))) {
        tables.put(key(row), new MysqlTable(text(row, 1), text(row, 2), mariadb));
      }
    }
    for (List<Object> row : lookup.query(MysqlCatalog.in(MysqlCatalog.COLUMNS, in.length), in)) {
      MysqlTable table = tables.get(key(row));
      if (table != null) {
        table.column(row.subList(2, row.size()));
      }
    }
    String statistics = mariadb ? MysqlCatalog.STATISTICS_MARIADB : MysqlCatalog.STATISTICS_MYSQL;
    for (List<Object> row : lookup.query(MysqlCatalog.in(statistics, in.length), in)) {
      MysqlTable table = tables.get(key(row));
      if (table != null) {
        table.indexKey(row.subList(2, row.size()));
      }
    }
    String checks = mariadb ? MysqlCatalog.CHECKS_MARIADB : MysqlCatalog.CHECKS_MYSQL;
    for (List<Object> row : lookup.query(MysqlCatalog.in(checks, in.length), in)) {
      MysqlTable table = tables.get(key(row));
      if (table != null) {
        table.check(text(row, 2), text(row, 3), text(row, 4));
      }
    }
    for (List<Object> row : lookup.query(MysqlCatalog.in(MysqlCatalog.FOREIGN_KEYS, in.length), in)) {
      MysqlTable table = tables.get(key(row));
      if (table != null) {
        table.foreignKeyColumn(text(row, 2), text(row, 3), schemaName(text(row, 4), current), text(row, 5), text(row, 6),
            text(row, 7), text(row, 8));
      }
    }
    Map<String, List<View>> views = new LinkedHashMap<>();
    for (List<Object> row : lookup.query(MysqlCatalog.in(MysqlCatalog.VIEWS, in.length), in)) {
      views.computeIfAbsent(text(row, 0), k -> new ArrayList<>())
          .add(new View(text(row, 1), MysqlText.viewDefinition(text(row, 2), text(row, 0)), null));
    }
    List<Schema> schemas = new ArrayList<>();
    for (String database : databases) {
      List<dev.retort.schema.Table> built = new ArrayList<>();
      tables.forEach((key, table) -> {
        if (key.startsWith(database + "\u0000")) {
          built.add(table.build());
        }
      });
      schemas.add(new Schema(schemaName(database, current), built, views.getOrDefault(database, List.of()), List.of(),
          List.of()));
    }
    return new SchemaSnapshot(schemas);
  }

  private static String schemaName(String database, String current) {
    return database != null && database.equals(current) ? CURRENT : database;
  }

  private static String key(List<Object> row) {
    return text(row, 0) + "\u0000" + text(row, 1);
  }

  private static String text(List<Object> row, int i) {
    Object value = row.get(i);
    return value == null ? null : value.toString();
  }
}
