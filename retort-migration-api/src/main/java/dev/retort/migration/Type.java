package dev.retort.migration;

import java.util.Objects;

/**
 * A column type. The portable constants render per database ({@link #BIGINT} is {@code BIGINT} on
 * PostgreSQL and {@code INTEGER} on SQLite, ...); {@link #of(String)} passes text through.
 *
 * @param name the portable name, or the raw SQL for {@link #of(String)}
 * @param length the length or precision, or 0
 * @param scale the scale, or 0
 * @param raw true when {@code name} is raw SQL to use as written
 */
public record Type(String name, int length, int scale, boolean raw) {
  public static final Type INTEGER = new Type("INTEGER", 0, 0, false);
  public static final Type BIGINT = new Type("BIGINT", 0, 0, false);
  public static final Type SMALLINT = new Type("SMALLINT", 0, 0, false);
  public static final Type BOOLEAN = new Type("BOOLEAN", 0, 0, false);
  public static final Type TEXT = new Type("TEXT", 0, 0, false);
  public static final Type DATE = new Type("DATE", 0, 0, false);
  public static final Type TIMESTAMP = new Type("TIMESTAMP", 0, 0, false);
  public static final Type TIMESTAMPTZ = new Type("TIMESTAMPTZ", 0, 0, false);
  public static final Type DOUBLE = new Type("DOUBLE", 0, 0, false);
  public static final Type BLOB = new Type("BLOB", 0, 0, false);
  public static final Type JSON = new Type("JSON", 0, 0, false);
  public static final Type JSONB = new Type("JSONB", 0, 0, false);
  public static final Type UUID = new Type("UUID", 0, 0, false);

  public Type {
    Objects.requireNonNull(name, "name");
  }

  /** {@code VARCHAR(length)}. */
  public static Type varchar(int length) {
    return new Type("VARCHAR", length, 0, false);
  }

  /** {@code NUMERIC(precision, scale)}. */
  public static Type numeric(int precision, int scale) {
    return new Type("NUMERIC", precision, scale, false);
  }

  /** A database-specific type, used as written (e.g. {@code "tsvector"}). */
  public static Type of(String sql) {
    return new Type(sql, 0, 0, true);
  }
}
