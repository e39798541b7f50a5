package dev.retort.dialect.mysql;

import dev.retort.dialect.TableNames;
import dev.retort.dialect.VersionKeyLimit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * How wide a primary-key {@code VARCHAR} may be on MySQL and MariaDB: InnoDB's key holds 3072
 * bytes in the DYNAMIC and COMPRESSED row formats (the default ones) and 767 bytes in COMPACT and
 * REDUNDANT; MyISAM keys hold 1000 bytes. A character takes up to 4 bytes in utf8mb4, 3
 * in utf8mb3, 1 in latin1 and ascii.
 */
final class KeyLimits {
  /** The version table Retort creates: InnoDB, DYNAMIC (the default), utf8mb4. */
  static final VersionKeyLimit NEW_TABLE =
      new VersionKeyLimit(3072 / 4, "an InnoDB key holds 3072 bytes and a utf8mb4 character takes up to 4", null);

  private KeyLimits() {}

  /** The limit of the existing version table, read from information_schema; empty when it is not there. */
  static Optional<VersionKeyLimit> of(Connection connection, String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT t.engine, t.row_format, c.character_octet_length, c.character_maximum_length, c.character_set_name"
            + " FROM information_schema.tables t JOIN information_schema.columns c"
            + " ON c.table_schema = t.table_schema AND c.table_name = t.table_name"
            + " WHERE t.table_schema = coalesce(?, database()) AND t.table_name = ? AND c.column_name = 'version_num'")) {
      ps.setString(1, TableNames.schema(table));
      ps.setString(2, TableNames.table(table));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String engine = String.valueOf(rs.getString(1));
        String rowFormat = String.valueOf(rs.getString(2));
        long octets = rs.getLong(3);
        long characters = rs.getLong(4);
        String charset = rs.getString(5);
        if (characters <= 0 || octets <= 0 || charset == null) {
          return Optional.empty();
        }
        return Optional.of(limit(table, engine, rowFormat, (int) Math.max(1, octets / characters), charset));
      }
    }
  }

  static VersionKeyLimit limit(String table, String engine, String rowFormat, int bytesPerCharacter, String charset) {
    String perCharacter = "a " + charset + " character takes up to " + bytesPerCharacter;
    String lower = engine.toLowerCase(Locale.ROOT);
    if (lower.equals("innodb")) {
      String format = rowFormat.toLowerCase(Locale.ROOT);
      if (format.equals("compact") || format.equals("redundant")) {
        return new VersionKeyLimit(767 / bytesPerCharacter, "the table's InnoDB row format " + rowFormat
            + " keeps keys to 767 bytes and " + perCharacter, "ALTER TABLE " + table + " ROW_FORMAT=DYNAMIC");
      }
      return new VersionKeyLimit(3072 / bytesPerCharacter, "an InnoDB key holds 3072 bytes and " + perCharacter, null);
    }
    if (lower.equals("myisam")) {
      return new VersionKeyLimit(1000 / bytesPerCharacter, "a " + engine + " key holds 1000 bytes and " + perCharacter,
          "ALTER TABLE " + table + " ENGINE=InnoDB");
    }
    // another engine: MySQL's own ceiling for any key; the engine may allow less, and then says so itself
    return new VersionKeyLimit(3072 / bytesPerCharacter, "a key holds at most 3072 bytes and " + perCharacter, null);
  }
}
