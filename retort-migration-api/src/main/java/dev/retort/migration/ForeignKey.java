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
 * @param onUpdate {@code CASCADE}, {@code SET NULL}, ... or null
 * @param isDeferrable {@code DEFERRABLE}: checked at commit when the transaction defers it
 * @param isInitiallyDeferred {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit unless set otherwise
 */
public record ForeignKey(
    String name, List<String> columns, String referencedTable, List<String> referencedColumns, String onDelete,
    boolean onlyIfMissing, String onUpdate, boolean isDeferrable, boolean isInitiallyDeferred) {
  public ForeignKey {
    columns = List.copyOf(columns);
    referencedColumns = List.copyOf(referencedColumns);
  }

  /** An immediate foreign key without an ON UPDATE action. */
  public ForeignKey(
      String name, List<String> columns, String referencedTable, List<String> referencedColumns, String onDelete,
      boolean onlyIfMissing) {
    this(name, columns, referencedTable, referencedColumns, onDelete, onlyIfMissing, null, false, false);
  }

  public static ForeignKey named(String name) {
    return new ForeignKey(name, List.of(), null, List.of(), null, false);
  }

  public ForeignKey columns(String... names) {
    return new ForeignKey(name, List.of(names), referencedTable, referencedColumns, onDelete, onlyIfMissing, onUpdate,
        isDeferrable, isInitiallyDeferred);
  }

  public ForeignKey references(String table, String... referenced) {
    return new ForeignKey(name, columns, table, List.of(referenced), onDelete, onlyIfMissing, onUpdate, isDeferrable,
        isInitiallyDeferred);
  }

  public ForeignKey onDelete(String action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onlyIfMissing, onUpdate, isDeferrable,
        isInitiallyDeferred);
  }

  public ForeignKey ifNotExists() {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, true, onUpdate, isDeferrable,
        isInitiallyDeferred);
  }

  /** The {@code ON UPDATE} action: {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT}. */
  public ForeignKey onUpdate(String action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onlyIfMissing, action, isDeferrable,
        isInitiallyDeferred);
  }

  /** {@code DEFERRABLE} (checked immediately unless a transaction says {@code SET CONSTRAINTS ... DEFERRED}). */
  public ForeignKey deferrable() {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onlyIfMissing, onUpdate, true,
        isInitiallyDeferred);
  }

  /** {@code DEFERRABLE INITIALLY DEFERRED}: checked when the transaction commits. */
  public ForeignKey initiallyDeferred() {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onlyIfMissing, onUpdate, true, true);
  }
}
