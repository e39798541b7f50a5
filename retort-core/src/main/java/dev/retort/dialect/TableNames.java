package dev.retort.dialect;

/** Splits validated {@code schema.table} names. */
public final class TableNames {
  private TableNames() {}

  /** The table part of {@code schema.table}. */
  public static String table(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return dot < 0 ? qualified : qualified.substring(dot + 1);
  }

  /** The schema part, or null. */
  public static String schema(String qualified) {
    int dot = qualified.lastIndexOf('.');
    return dot < 0 ? null : qualified.substring(0, dot);
  }
}
