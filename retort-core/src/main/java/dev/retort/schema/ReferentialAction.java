package dev.retort.schema;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
  NO_ACTION,
  RESTRICT,
  CASCADE,
  SET_NULL,
  SET_DEFAULT;

  /** The action named as in SQL ({@code NO ACTION}, {@code SET NULL}, ...; any case). */
  public static ReferentialAction parse(String sql) {
    return valueOf(sql.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
  }

  /** The action as written in SQL. */
  public String sql() {
    return name().replace('_', ' ');
  }
}
