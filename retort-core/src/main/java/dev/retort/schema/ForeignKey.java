package dev.retort.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name the constraint name, or null where the database keeps none
 * @param columns the referencing columns, in key order
 * @param referencedSchema the schema of the referenced table
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, paired with {@code columns} (SQLite: the
 *     referenced primary key when the SQL names no columns)
 * @param onDelete the {@code ON DELETE} action
 * @param onUpdate the {@code ON UPDATE} action
 * @param deferrable whether it is {@code DEFERRABLE}
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 */
public record ForeignKey(
    String name, List<String> columns, String referencedSchema, String referencedTable, List<String> referencedColumns,
    ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable, boolean initiallyDeferred) {
  static final Comparator<ForeignKey> ORDER = Sorted.byName(ForeignKey::name,
      f -> String.join(",", f.columns) + "->" + f.referencedTable + "(" + String.join(",", f.referencedColumns) + ")");

  public ForeignKey {
    Objects.requireNonNull(referencedSchema, "referencedSchema");
    Objects.requireNonNull(referencedTable, "referencedTable");
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException("foreign key " + name + ": " + columns + " against " + referencedColumns);
    }
  }

  /** An immediate foreign key with {@code NO ACTION} on delete and update. */
  public static ForeignKey of(
      String name, List<String> columns, String referencedSchema, String referencedTable, List<String> referencedColumns) {
    return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns,
        ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false);
  }

  // equals and hashCode written out: the record's own go through method handles, slow in the cold
  // JVM of a check, which compares every table's foreign keys with them
  @Override
  public boolean equals(Object other) {
    return other instanceof ForeignKey f && deferrable == f.deferrable && initiallyDeferred == f.initiallyDeferred
        && Objects.equals(name, f.name) && columns.equals(f.columns) && referencedSchema.equals(f.referencedSchema)
        && referencedTable.equals(f.referencedTable) && referencedColumns.equals(f.referencedColumns)
        && onDelete == f.onDelete && onUpdate == f.onUpdate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
        initiallyDeferred);
  }
}
