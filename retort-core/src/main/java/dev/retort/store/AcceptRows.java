package dev.retort.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Writes {@code accept} rows to the history table: a deliberate edit of an applied revision, with
 * the checksum recorded before ({@code previous_checksum}) and the file's checksum now
 * ({@code checksum}). A history table created before the column existed gets it on first use, as
 * the version column is widened in place. Runs inside whatever transaction the caller holds.
 */
public final class AcceptRows {
  /** The history table's direction for an accepted edit. */
  public static final String DIRECTION = "accept";

  private static final String COLUMN = "previous_checksum";

  private final Connection connection;

  public AcceptRows(Connection connection) {
    this.connection = connection;
  }

  /** Adds {@code previous_checksum} to an existing history table that lacks it. */
  public void ensureColumn() throws SQLException {
    if (!hasColumn()) {
      try (Statement st = connection.createStatement()) {
        st.execute("ALTER TABLE " + VersionStore.HISTORY_TABLE + " ADD COLUMN " + COLUMN + " VARCHAR(64)");
      }
    }
  }

  /** Records that {@code revision}'s checksum is now {@code checksum} instead of {@code previous}. */
  public void record(HistoryEntry entry, String previous) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + VersionStore.HISTORY_TABLE
        + " (revision, direction, checksum, started_at, duration_ms, applied_by, success, " + COLUMN
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, entry.revision());
      ps.setString(2, DIRECTION);
      ps.setString(3, entry.checksum());
      ps.setString(4, entry.startedAt());
      ps.setLong(5, entry.durationMs());
      ps.setString(6, entry.appliedBy());
      ps.setBoolean(7, entry.success());
      ps.setString(8, previous);
      ps.executeUpdate();
    }
  }

  private boolean hasColumn() throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String table : new String[] {VersionStore.HISTORY_TABLE, VersionStore.HISTORY_TABLE.toUpperCase(Locale.ROOT)}) {
      try (ResultSet rs = meta.getColumns(null, connection.getSchema(), table, null)) {
        while (rs.next()) {
          if (COLUMN.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
