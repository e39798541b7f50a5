package dev.retort.store;

import dev.retort.dialect.Dialect;
import dev.retort.graph.RevisionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The version table ({@code version_num} rows: the applied heads) and the history table, read and
 * written through prepared statements. It runs inside whatever transaction the caller holds.
 */
public final class VersionStore {
  /** The history table's name. */
  public static final String HISTORY_TABLE = "retort_history";

  private static final String INSERT_HISTORY = "INSERT INTO " + HISTORY_TABLE
      + " (revision, direction, checksum, started_at, duration_ms, applied_by, success) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final Dialect dialect;
  private final String table;

  public VersionStore(Connection connection, Dialect dialect, String table) {
    this.connection = connection;
    this.dialect = dialect;
    this.table = table;
  }

  public String table() {
    return table;
  }

  public boolean exists() throws SQLException {
    return dialect.tableExists(connection, table);
  }

  /**
   * Creates the version and history tables when missing; a version table qualified with a schema
   * that does not exist yet (a fleet target's, {@code tenant_a.retort_version}) creates the schema
   * first, as Flyway does.
   */
  public void create(int width) throws SQLException {
    try (Statement st = connection.createStatement()) {
      String schema = dev.retort.dialect.TableNames.schema(table);
      if (schema != null && !dialect.schemaExists(connection, schema)) {
        st.execute(dialect.createSchema(schema));
      }
      st.execute(dialect.createVersionTable(table, width));
      st.execute(dialect.createHistoryTable(HISTORY_TABLE));
    }
  }

  /** The declared width of version_num, if the table exists and declares one. */
  public OptionalInt width() throws SQLException {
    return dialect.versionColumnWidth(connection, table);
  }

  public void widen(int width) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(dialect.widenVersionColumn(table, width));
    }
  }

  /** The version rows; empty when the table does not exist. */
  public SortedSet<RevisionId> rows() throws SQLException {
    SortedSet<RevisionId> rows = new TreeSet<>();
    if (!exists()) {
      return rows;
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT version_num FROM " + table)) {
      while (rs.next()) {
        String value = rs.getString(1);
        if (!RevisionId.isValid(value)) {
          throw new BadVersionRowException(table, value);
        }
        rows.add(RevisionId.of(value));
      }
    }
    return rows;
  }

  /**
   * Moves the table from {@code before} to {@code after}: a one-for-one change is an UPDATE, as
   * Alembic does; otherwise DELETEs then INSERTs.
   */
  public void move(Set<RevisionId> before, Set<RevisionId> after) throws SQLException {
    List<RevisionId> deleted = minus(before, after);
    List<RevisionId> inserted = minus(after, before);
    if (deleted.size() == 1 && inserted.size() == 1) {
      try (PreparedStatement ps = connection.prepareStatement(
          "UPDATE " + table + " SET version_num = ? WHERE version_num = ?")) {
        ps.setString(1, inserted.get(0).value());
        ps.setString(2, deleted.get(0).value());
        ps.executeUpdate();
      }
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE version_num = ?")) {
      for (RevisionId id : deleted) {
        ps.setString(1, id.value());
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table + " (version_num) VALUES (?)")) {
      for (RevisionId id : inserted) {
        ps.setString(1, id.value());
        ps.executeUpdate();
      }
    }
  }

  /** The history table's records of steps that run outside one transaction. */
  public StartedRecords startedRecords() {
    return new StartedRecords(connection, dialect);
  }

  /** Deletes every row (stamp --purge). */
  public void purge() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("DELETE FROM " + table);
    }
  }

  public void record(HistoryEntry entry) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(INSERT_HISTORY)) {
      setHistory(ps, 1, entry);
      ps.executeUpdate();
    }
  }

  /**
   * {@link #move} then {@link #record}: where the dialect allows and the move is one row for one
   * (an UPDATE), as one statement, so one round trip; otherwise as the two calls. With {@code
   * thenCommit} the transaction's {@code COMMIT} goes in the same round trip as that statement where
   * the dialect's driver allows it (PostgreSQL: one pipeline of the statement and {@code COMMIT},
   * ended by one sync message).
   *
   * @return whether the transaction was committed here; when false and {@code thenCommit}, the
   *     caller commits
   */
  public boolean moveAndRecord(Set<RevisionId> before, Set<RevisionId> after, HistoryEntry entry, boolean thenCommit)
      throws SQLException {
    List<RevisionId> deleted = minus(before, after);
    List<RevisionId> inserted = minus(after, before);
    if (!dialect.movesVersionWithHistory() || deleted.size() != 1 || inserted.size() != 1) {
      move(before, after);
      record(entry);
      return false;
    }
    boolean commits = thenCommit && !connection.getAutoCommit() && dialect.commitsInPipeline();
    try (PreparedStatement ps = connection.prepareStatement(
        "WITH moved AS (UPDATE " + table + " SET version_num = ? WHERE version_num = ?) " + INSERT_HISTORY
            + (commits ? "; COMMIT" : ""))) {
      ps.setString(1, inserted.get(0).value());
      ps.setString(2, deleted.get(0).value());
      setHistory(ps, 3, entry);
      ps.executeUpdate();
    }
    return commits;
  }

  private static List<RevisionId> minus(Set<RevisionId> rows, Set<RevisionId> without) {
    List<RevisionId> left = new ArrayList<>(rows);
    left.removeAll(without);
    return left;
  }

  private static void setHistory(PreparedStatement ps, int first, HistoryEntry entry) throws SQLException {
    ps.setString(first, entry.revision());
    ps.setString(first + 1, entry.direction());
    ps.setString(first + 2, entry.checksum());
    ps.setString(first + 3, entry.startedAt());
    ps.setLong(first + 4, entry.durationMs());
    ps.setString(first + 5, entry.appliedBy());
    ps.setBoolean(first + 6, entry.success());
  }

  /** Every history row, oldest first; empty when the table does not exist. */
  public List<HistoryEntry> history() throws SQLException {
    List<HistoryEntry> entries = new ArrayList<>();
    if (!dialect.tableExists(connection, HISTORY_TABLE)) {
      return entries;
    }
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT revision, direction, checksum, started_at, duration_ms, applied_by, success FROM "
            + HISTORY_TABLE + " ORDER BY id")) {
      while (rs.next()) {
        entries.add(new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getLong(5), rs.getString(6), rs.getBoolean(7)));
      }
    }
    return entries;
  }
}
