package dev.retort.run.repeatable;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code retort_repeatable} table: one row per repeatable revision, with the checksum it had
 * when it was last applied. Values go through prepared statements; it runs inside whatever
 * transaction the caller holds.
 */
public final class RepeatableStore {
  /** The table's name. */
  public static final String TABLE = "retort_repeatable";

  /** DDL creating the table when it does not exist (the same text on SQLite and PostgreSQL). */
  public static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE
      + " (name VARCHAR(255) NOT NULL PRIMARY KEY, checksum VARCHAR(64) NOT NULL,"
      + " applied_at VARCHAR(40) NOT NULL, applied_by VARCHAR(255) NOT NULL)";

  private final Connection connection;
  private final Dialect dialect;

  public RepeatableStore(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** Creates the table when missing. */
  public void create() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(CREATE);
    }
  }

  /** The checksum recorded for each applied repeatable, by name; empty when the table does not exist. */
  public Map<String, String> checksums() throws SQLException {
    Map<String, String> recorded = new TreeMap<>();
    if (!dialect.tableExists(connection, TABLE)) {
      return recorded;
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT name, checksum FROM " + TABLE)) {
      while (rs.next()) {
        recorded.put(rs.getString(1), rs.getString(2));
      }
    }
    return recorded;
  }

  /** Records that {@code name} was applied with {@code checksum}, replacing an earlier row. */
  public void record(String name, String checksum, String appliedAt, String appliedBy) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE name = ?")) {
      delete.setString(1, name);
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + TABLE + " (name, checksum, applied_at, applied_by) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, checksum);
      insert.setString(3, appliedAt);
      insert.setString(4, appliedBy);
      insert.executeUpdate();
    }
  }
}
