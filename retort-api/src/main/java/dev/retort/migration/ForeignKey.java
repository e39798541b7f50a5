package dev.retort.migration;

import java.util.List;

/**
 * A foreign key: {@code ForeignKey.named("fk_orders_user").columns("user_id").references("users", "id")}.
 *
 * @param name the constraint name, or null for one the database names itself (SQLite keeps it unnamed)
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns
 * @param onDelete {@code CASCADE}, {@code SET NULL}, ... or null
 * @param onlyIfMissing add it only when no constraint of that name exists
 */
public record ForeignKey(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns, String onDelete,
    boolean onlyIfMissing) {
  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  public static ForeignKey named(String name) {
    return new ForeignKey(name, List.of(), null, List.of(), null, false);
  }

  public ForeignKey columns(String... names) {
    return new ForeignKey(name, List.of(names), referencedTable, referencedColumns, onDelete, onlyIfMissing);
  }

  public ForeignKey references(String table, String... referenced) {
    return new ForeignKey(name, columns, table, List.of(referenced), onDelete, onlyIfMissing);
  }

  public ForeignKey onDelete(String action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onlyIfMissing);
  }

  public ForeignKey ifNotExists() {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, true);
  }
}
