package dev.retort.autogen.diff;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.schema.Table;
import java.util.List;

/** Small schema models for the pure diff tests. */
final class Models {
  private Models() {}

  static Column col(String name, String type) {
    return Column.of(name, new ColumnType(type, type.toLowerCase(java.util.Locale.ROOT)), true);
  }

  static Column col(String name, String reported, String normalized) {
    return Column.of(name, new ColumnType(reported, normalized), true);
  }

  /** A table with an integer key {@code id} and the given columns. */
  static Table.Builder table(String name, Column... columns) {
    Table.Builder t = Table.builder(name).column(col("id", "integer").withDefault(null)).primaryKey(
        new PrimaryKey(null, List.of("id")));
    for (Column c : columns) {
      t.column(c);
    }
    return t;
  }

  static ForeignKey fk(String name, String column, String target) {
    return ForeignKey.of(name, List.of(column), "public", target, List.of("id"));
  }

  static SchemaSnapshot snapshot(Table... tables) {
    return new SchemaSnapshot(List.of(Schema.of("public", List.of(tables))));
  }

  static DiffPlan plan() {
    return new DiffPlan();
  }
}
