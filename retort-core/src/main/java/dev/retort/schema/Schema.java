package dev.retort.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema (namespace) of a database: SQLite's {@code main}, a PostgreSQL schema such as {@code
 * public}. Every list is sorted by name.
 *
 * @param name the schema name
 * @param tables the tables
 * @param views the views
 * @param sequences the sequences (empty on SQLite)
 * @param enumTypes the enum types (empty on SQLite)
 */
public record Schema(String name, List<Table> tables, List<View> views, List<Sequence> sequences, List<EnumType> enumTypes) {
  static final Comparator<Schema> ORDER = Comparator.comparing(Schema::name);

  public Schema {
    Objects.requireNonNull(name, "name");
    tables = Sorted.copy(tables, Table.ORDER);
    views = Sorted.copy(views, View.ORDER);
    sequences = Sorted.copy(sequences, Sequence.ORDER);
    enumTypes = Sorted.copy(enumTypes, EnumType.ORDER);
  }

  /** A schema holding tables only. */
  public static Schema of(String name, List<Table> tables) {
    return new Schema(name, tables, List.of(), List.of(), List.of());
  }

  /** The table with this name. */
  public Optional<Table> table(String tableName) {
    for (Table t : tables) {
      if (t.name().equals(tableName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
