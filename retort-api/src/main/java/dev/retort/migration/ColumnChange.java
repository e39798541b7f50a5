package dev.retort.migration;

/**
 * What {@link Operations#alterColumn} changes; unset parts stay as they are.
 *
 * @param type the new type, or null
 * @param nullable the new nullability, or null
 * @param defaultSql the new default expression, or null
 * @param dropsDefault remove the default
 * @param newName the new name, or null
 */
public record ColumnChange(Type type, Boolean nullable, String defaultSql, boolean dropsDefault, String newName) {
  /** No change yet. */
  public static ColumnChange change() {
    return new ColumnChange(null, null, null, false, null);
  }

  public ColumnChange type(Type newType) {
    return new ColumnChange(newType, nullable, defaultSql, dropsDefault, newName);
  }

  public ColumnChange nullable(boolean allowNull) {
    return new ColumnChange(type, allowNull, defaultSql, dropsDefault, newName);
  }

  public ColumnChange defaultSql(String sql) {
    return new ColumnChange(type, nullable, sql, false, newName);
  }

  public ColumnChange dropDefault() {
    return new ColumnChange(type, nullable, null, true, newName);
  }

  public ColumnChange renameTo(String name) {
    return new ColumnChange(type, nullable, defaultSql, dropsDefault, name);
  }
}
