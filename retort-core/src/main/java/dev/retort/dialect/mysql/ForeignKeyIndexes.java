package dev.retort.dialect.mysql;

import java.util.List;
import java.util.Map;

/**
 * The indexes MySQL and MariaDB keep for foreign keys. A foreign key needs an index whose leading
 * columns are its columns; where none exists, the server creates one, named after the constraint
 * (or, for an unnamed constraint, after its first column), and drops it again when another index
 * can serve. Such an index belongs to its foreign key: the reflector leaves it out of the indexes,
 * and the compiler drops it with the key and creates it when the index that served is dropped.
 */
final class ForeignKeyIndexes {
  private ForeignKeyIndexes() {}

  /** Whether the index is the one the server made for the foreign key {@code key} on {@code keyColumns}. */
  static boolean belongsTo(String index, boolean unique, List<String> indexColumns, String key, List<String> keyColumns) {
    return !unique && indexColumns.equals(keyColumns) && (index.equals(key) || index.equals(keyColumns.get(0)));
  }

  /** Whether the index can serve a foreign key on {@code keyColumns}: they are its leading columns, whole. */
  static boolean serves(List<String> indexColumns, List<String> keyColumns) {
    return indexColumns.size() >= keyColumns.size() && indexColumns.subList(0, keyColumns.size()).equals(keyColumns);
  }

  /**
   * The foreign keys that only {@code index} serves, which need an index of their own before it is
   * dropped (MySQL refuses to drop the last index a foreign key can use).
   */
  static Map<String, List<String>> orphanedBy(
      String index, Map<String, MysqlSchema.IndexFacts> indexes, Map<String, List<String>> foreignKeys) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    MysqlSchema.IndexFacts dropped = indexes.get(index);
    if (dropped == null) {
      return out;
    }
    foreignKeys.forEach((key, columns) -> {
      if (!serves(dropped.columns(), columns)) {
        return;
      }
      boolean other = indexes.values().stream().anyMatch(i -> !i.name().equals(index) && serves(i.columns(), columns));
      if (!other) {
        out.put(key, columns);
      }
    });
    return out;
  }
}
