package dev.retort.store;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The history table's record of steps that run outside one transaction: a row written as
 * {@code started} before the step's first statement, its progress after each statement but the
 * last (whose count the final write carries), then
 * {@code completed} (with the version update) or {@code failed}; {@code retort resolve} marks an
 * unfinished one {@code resolved-applied} or {@code resolved-rolled-back}. A history table created
 * before these columns existed gets them in place on first use. Values go through prepared
 * statements; each call runs in whatever transaction the caller holds.
 */
public final class StartedRecords {
  /** Recorded before the first statement; still so when the process died during the step. */
  public static final String STARTED = "started";
  /** A statement failed; what ran is recorded. */
  public static final String FAILED = "failed";
  /** Every statement ran and the version table moved. */
  public static final String COMPLETED = "completed";
  /** {@code resolve --applied}: the user finished it by hand; the version table moved. */
  public static final String RESOLVED_APPLIED = "resolved-applied";
  /** {@code resolve --rolled-back}: the user undid it by hand; the version table stayed. */
  public static final String RESOLVED_ROLLED_BACK = "resolved-rolled-back";

  /** The longest text kept of the statements that ran, and of a failure. */
  static final int RAN_LIMIT = 4000;
  static final int FAILURE_LIMIT = 2000;

  private static final Map<String, String> COLUMNS = columns();

  private final Connection connection;
  private final Dialect dialect;
  /** Set once {@link #ensureColumns} found or added the columns, so a run checks the table once. */
  private boolean columnsPresent;

  public StartedRecords(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("run_state", "VARCHAR(24)");
    columns.put("statements_total", "INTEGER");
    columns.put("statements_done", "INTEGER");
    columns.put("statements_ran", "VARCHAR(" + RAN_LIMIT + ")");
    columns.put("failure", "VARCHAR(" + FAILURE_LIMIT + ")");
    return columns;
  }

  /** Adds the columns this record needs to a history table that lacks them. */
  public void ensureColumns() throws SQLException {
    if (columnsPresent) {
      return;
    }
    Set<String> present = presentColumns();
    try (Statement st = connection.createStatement()) {
      for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
        if (!present.contains(column.getKey())) {
          st.execute("ALTER TABLE " + VersionStore.HISTORY_TABLE + " ADD COLUMN " + column.getKey() + " "
              + column.getValue());
        }
      }
    }
    columnsPresent = true;
  }

  /** Writes the {@code started} row of {@code entry}'s step, which has {@code total} statements (-1: unknown). */
  public void start(HistoryEntry entry, int total) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + VersionStore.HISTORY_TABLE
        + " (revision, direction, checksum, started_at, duration_ms, applied_by, success, run_state, statements_total,"
        + " statements_done, statements_ran) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, entry.revision());
      ps.setString(2, entry.direction());
      ps.setString(3, entry.checksum());
      ps.setString(4, entry.startedAt());
      ps.setLong(5, 0);
      ps.setString(6, entry.appliedBy());
      ps.setBoolean(7, false);
      ps.setString(8, STARTED);
      ps.setInt(9, total);
      ps.setInt(10, 0);
      ps.setString(11, "");
      ps.executeUpdate();
    }
  }

  /** Records that {@code done} statements of the started step completed; {@code ran} lists them. */
  public void progress(String revision, String direction, int done, String ran) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE " + VersionStore.HISTORY_TABLE
        + " SET statements_done = ?, statements_ran = ? WHERE revision = ? AND direction = ? AND run_state = ?")) {
      ps.setInt(1, done);
      ps.setString(2, cut(ran, RAN_LIMIT));
      ps.setString(3, revision);
      ps.setString(4, direction);
      ps.setString(5, STARTED);
      ps.executeUpdate();
    }
  }

  /**
   * Marks the started step completed (in the transaction of its version update), with its final
   * tally: {@code done} statements, listed in {@code ran}.
   */
  public void complete(String revision, String direction, long durationMs, int done, String ran) throws SQLException {
    finish(revision, direction, durationMs, true, COMPLETED, done, ran, null);
  }

  /**
   * Marks the started step failed, or, with {@code settled}, resolved as rolled back (nothing of
   * it ran, so nothing is left to resolve); {@code failure} says which statement and why, {@code
   * done} and {@code ran} how many completed before it and which.
   */
  public void fail(String revision, String direction, long durationMs, int done, String ran, String failure,
      boolean settled) throws SQLException {
    finish(revision, direction, durationMs, false, settled ? RESOLVED_ROLLED_BACK : FAILED, done, ran,
        cut(failure, FAILURE_LIMIT));
  }

  private void finish(String revision, String direction, long durationMs, boolean success, String state, int done,
      String ran, String failure) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE " + VersionStore.HISTORY_TABLE
        + " SET run_state = ?, success = ?, duration_ms = ?, statements_done = ?, statements_ran = ?"
        + (failure == null ? "" : ", failure = ?") + " WHERE revision = ? AND direction = ? AND run_state = ?")) {
      int i = 0;
      ps.setString(++i, state);
      ps.setBoolean(++i, success);
      ps.setLong(++i, durationMs);
      ps.setInt(++i, done);
      ps.setString(++i, cut(ran, RAN_LIMIT));
      if (failure != null) {
        ps.setString(++i, failure);
      }
      ps.setString(++i, revision);
      ps.setString(++i, direction);
      ps.setString(++i, STARTED);
      ps.executeUpdate();
    }
  }

  /** The steps started or failed and not resolved, oldest first; none when the history table predates them. */
  public List<StartedRevision> unresolved() throws SQLException {
    List<StartedRevision> found = new ArrayList<>();
    if (!dialect.tableExists(connection, VersionStore.HISTORY_TABLE) || !presentColumns().contains("run_state")) {
      return found;
    }
    try (PreparedStatement ps = connection.prepareStatement("SELECT revision, direction, checksum, started_at,"
        + " applied_by, run_state, statements_total, statements_done, statements_ran, failure FROM "
        + VersionStore.HISTORY_TABLE + " WHERE run_state IN (?, ?) ORDER BY id")) {
      ps.setString(1, STARTED);
      ps.setString(2, FAILED);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String ran = rs.getString(9);
          found.add(new StartedRevision(rs.getString(1), rs.getString(2), nonNull(rs.getString(3)), rs.getString(4),
              rs.getString(5), FAILED.equals(rs.getString(6)), rs.getInt(7), rs.getInt(8),
              ran == null || ran.isEmpty() ? List.of() : List.of(ran.split("\n")), nonNull(rs.getString(10))));
        }
      }
    }
    return found;
  }

  /**
   * Marks the unresolved step of {@code revision} resolved: as applied ({@code success} true, as
   * if it had completed) or as rolled back. Returns how many rows changed.
   */
  public int resolve(String revision, boolean applied) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE " + VersionStore.HISTORY_TABLE
        + " SET run_state = ?, success = ? WHERE revision = ? AND run_state IN (?, ?)")) {
      ps.setString(1, applied ? RESOLVED_APPLIED : RESOLVED_ROLLED_BACK);
      ps.setBoolean(2, applied);
      ps.setString(3, revision);
      ps.setString(4, STARTED);
      ps.setString(5, FAILED);
      return ps.executeUpdate();
    }
  }

  /** The history table's columns, lower case; none when it does not exist. */
  private Set<String> presentColumns() throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM " + VersionStore.HISTORY_TABLE + " WHERE 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  private static String cut(String text, int limit) {
    return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
