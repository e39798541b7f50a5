package dev.retort.dialect.h2;

import java.util.Locale;
import java.util.Set;

/**
 * H2 2.x type spellings from {@code INFORMATION_SCHEMA.COLUMNS}: the data type with the length,
 * precision or scale H2 keeps for it, in a form H2 parses back; defaults left out.
 */
final class H2Types {
  private H2Types() {}

  /** H2's length of a character or binary column declared without one. */
  private static final long UNBOUNDED = 1_000_000_000L;
  private static final Set<String> LENGTHS = Set.of("CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE", "BINARY",
      "BINARY VARYING");
  private static final Set<String> DECIMALS = Set.of("NUMERIC", "DECIMAL");

  /**
   * The type as a column definition writes it.
   *
   * @param dataType {@code DATA_TYPE}
   * @param length {@code CHARACTER_MAXIMUM_LENGTH}, or null
   * @param precision {@code NUMERIC_PRECISION}, or null
   * @param scale {@code NUMERIC_SCALE}, or null
   * @param fraction {@code DATETIME_PRECISION}, or null
   */
  static String reported(String dataType, Number length, Number precision, Number scale, Number fraction) {
    if (LENGTHS.contains(dataType) && length != null && length.longValue() < UNBOUNDED) {
      return dataType + "(" + length.longValue() + ")";
    }
    if (DECIMALS.contains(dataType) && precision != null) {
      return dataType + "(" + precision.intValue() + ", " + (scale == null ? 0 : scale.intValue()) + ")";
    }
    if (dataType.startsWith("TIMESTAMP") || dataType.startsWith("TIME ") || dataType.equals("TIME")) {
      int standard = dataType.startsWith("TIMESTAMP") ? 6 : 0;
      if (fraction != null && fraction.intValue() != standard) {
        int space = dataType.indexOf(' ');
        return space < 0 ? dataType + "(" + fraction.intValue() + ")"
            : dataType.substring(0, space) + "(" + fraction.intValue() + ")" + dataType.substring(space);
      }
    }
    return dataType;
  }

  /** The spelling comparisons use: lower case. */
  static String normalize(String reported) {
    return reported.toLowerCase(Locale.ROOT);
  }
}
