package dev.retort.autogen.scratch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The version of the PostgreSQL server behind a connection. */
final class PgVersion {
  private PgVersion() {}

  /** {@code 14.10}: the first word of {@code server_version}, without a packager's suffix. */
  static String of(Connection connection) throws SQLException {
    String text = single(connection, "SHOW server_version");
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  /** {@code 140010}: {@code server_version_num}, to compare. */
  static int number(Connection connection) throws SQLException {
    return Integer.parseInt(single(connection, "SHOW server_version_num").strip());
  }

  private static String single(Connection connection, String sql) throws SQLException {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
