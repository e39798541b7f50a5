package dev.retort.store;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Renames a revision id in the version table and the history table ({@code rename-revision},
 * {@code rewrite-ids}). Values go through prepared statements; it runs inside whatever
 * transaction the caller holds.
 */
public final class IdRows {
  private final Connection connection;
  private final Dialect dialect;
  private final String versionTable;

  public IdRows(Connection connection, Dialect dialect, String versionTable) {
    this.connection = connection;
    this.dialect = dialect;
    this.versionTable = versionTable;
  }

  /** The statement {@link #renameHistory} runs, with its values shown, for a dry run's report. */
  public static String historyStatement(String oldId, String newId) {
    return "UPDATE " + VersionStore.HISTORY_TABLE + " SET revision = '" + newId + "' WHERE revision = '" + oldId + "'";
  }

  /** Renames the version row {@code oldId}; returns how many rows changed (0 or 1). */
  public int renameVersionRow(String oldId, String newId) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE " + versionTable + " SET version_num = ? WHERE version_num = ?")) {
      ps.setString(1, newId);
      ps.setString(2, oldId);
      return ps.executeUpdate();
    }
  }

  /** Renames every history row of {@code oldId}; returns how many changed (none when there is no history table). */
  public int renameHistory(String oldId, String newId) throws SQLException {
    if (!dialect.tableExists(connection, VersionStore.HISTORY_TABLE)) {
      return 0;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE " + VersionStore.HISTORY_TABLE + " SET revision = ? WHERE revision = ?")) {
      ps.setString(1, newId);
      ps.setString(2, oldId);
      return ps.executeUpdate();
    }
  }
}
