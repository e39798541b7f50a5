package dev.retort.migration;

/**
 * What {@link Operations#alterColumn} changes; unset parts stay as they are.
 *
 * @param type the new type, or null. On PostgreSQL {@code Type.of("serial")} (also {@code bigserial},
 *     {@code smallserial}) is the integer type plus {@link #serial}
 * @param nullable the new nullability, or null
 * @param defaultSql the new default expression, or null
 * @param dropsDefault remove the default
 * @param newName the new name, or null
 * @param identity make the column an identity column ({@code ADD GENERATED ... AS IDENTITY}), or null;
 *     the sequence continues after the largest value already in the column
 * @param dropsIdentity stop the column being an identity column ({@code DROP IDENTITY}); with
 *     {@code identity} too, the identity is replaced (always / by default, start, increment)
 * @param dropsSequence a sequence to drop after the default (a {@code serial} column's own), or null
 * @param serial {@code serial}, {@code bigserial} or {@code smallserial} to make the column draw from a new
 *     sequence of that size that it owns, {@code <table>_<column>_seq}, continuing after the largest value
 *     already in the column (PostgreSQL); or null
 */
public record ColumnChange(
    Type type, Boolean nullable, String defaultSql, boolean dropsDefault, String newName, Identity identity,
    boolean dropsIdentity, String dropsSequence, String serial) {
  /** A change of type, nullability, default or name. */
  public ColumnChange(Type type, Boolean nullable, String defaultSql, boolean dropsDefault, String newName) {
    this(type, nullable, defaultSql, dropsDefault, newName, null, false, null, null);
  }

  /** No change yet. */
  public static ColumnChange change() {
    return new ColumnChange(null, null, null, false, null);
  }

  public ColumnChange type(Type newType) {
    return new ColumnChange(newType, nullable, defaultSql, dropsDefault, newName, identity, dropsIdentity, dropsSequence, serial);
  }

  public ColumnChange nullable(boolean allowNull) {
    return new ColumnChange(type, allowNull, defaultSql, dropsDefault, newName, identity, dropsIdentity, dropsSequence, serial);
  }

  public ColumnChange defaultSql(String sql) {
    return new ColumnChange(type, nullable, sql, false, newName, identity, dropsIdentity, dropsSequence, serial);
  }

  public ColumnChange dropDefault() {
    return new ColumnChange(type, nullable, null, true, newName, identity, dropsIdentity, dropsSequence, serial);
  }

  public ColumnChange renameTo(String name) {
    return new ColumnChange(type, nullable, defaultSql, dropsDefault, name, identity, dropsIdentity, dropsSequence, serial);
  }

  /** Makes the column an identity column ({@code ADD GENERATED ... AS IDENTITY}). */
  public ColumnChange addIdentity(Identity value) {
    return new ColumnChange(type, nullable, defaultSql, dropsDefault, newName, value, dropsIdentity, dropsSequence, serial);
  }

  /** Makes an identity column a plain one ({@code DROP IDENTITY}); the values stay. */
  public ColumnChange dropIdentity() {
    return new ColumnChange(type, nullable, defaultSql, dropsDefault, newName, identity, true, dropsSequence, serial);
  }

  /**
   * Makes a {@code serial} column a plain one: drops its {@code nextval} default and then {@code
   * sequence}, the sequence it owns. The values stay.
   */
  public ColumnChange dropSerial(String sequence) {
    return new ColumnChange(type, nullable, null, true, newName, identity, dropsIdentity, sequence, serial);
  }

  /**
   * Makes the column draw from a new sequence it owns, as a {@code serial} column does; {@code kind}
   * is {@code serial}, {@code bigserial} or {@code smallserial} (the sequence's size). The type stays.
   */
  public ColumnChange serial(String kind) {
    return new ColumnChange(type, nullable, defaultSql, dropsDefault, newName, identity, dropsIdentity, dropsSequence, kind);
  }
}
