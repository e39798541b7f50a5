package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionId;
import dev.retort.store.HistoryEntry;
import dev.retort.store.StartedRevision;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * What a database records, read without the lock and without changing anything.
 *
 * @param rows the version rows
 * @param history the history rows, oldest first
 * @param versionTableExists whether the version table exists
 * @param width the version column's declared width, if any
 * @param unresolved the steps that ran outside a transaction and were not completed nor resolved
 */
public record DatabaseState(
    SortedSet<RevisionId> rows, List<HistoryEntry> history, boolean versionTableExists, OptionalInt width,
    List<StartedRevision> unresolved) {

  public DatabaseState {
    unresolved = List.copyOf(unresolved);
  }

  /** A state with nothing unresolved. */
  public DatabaseState(
      SortedSet<RevisionId> rows, List<HistoryEntry> history, boolean versionTableExists, OptionalInt width) {
    this(rows, history, versionTableExists, width, List.of());
  }

  /** A database with nothing in it: no version table, no rows, no history (a SQLite file not created yet). */
  public static DatabaseState empty() {
    return new DatabaseState(new java.util.TreeSet<>(), List.of(), false, OptionalInt.empty());
  }

  /** Reads the state; a SQLite file that does not exist yet is an empty database and is not created. */
  public static DatabaseState read(DatabaseUrl url, Dialect dialect, String versionTable) {
    return read(url, dialect, versionTable, false);
  }

  /**
   * As {@link #read(DatabaseUrl, Dialect, String)}; with {@code withoutRows} the version rows are
   * not read and {@link #rows()} is empty ({@code stamp --purge} plans from an empty table, so a
   * malformed row, which it is there to clear, must not stop it).
   */
  public static DatabaseState read(DatabaseUrl url, Dialect dialect, String versionTable, boolean withoutRows) {
    return read(url, dialect, versionTable, withoutRows, true);
  }

  /**
   * What the database records (version rows, history, unresolved steps) without the version
   * column's width ({@link #width()} empty), for the commands that only show or compare it
   * ({@code status}, {@code current}, {@code history}): one query fewer, an {@code
   * information_schema} lookup on PostgreSQL, in every start-up check of an application.
   */
  public static DatabaseState recorded(DatabaseUrl url, Dialect dialect, String versionTable) {
    return read(url, dialect, versionTable, false, false);
  }

  private static DatabaseState read(DatabaseUrl url, Dialect dialect, String versionTable, boolean withoutRows,
      boolean withWidth) {
    if (url.isMissingSqliteFile()) {
      return empty();
    }
    try (Connection connection = Connector.open(url, dialect)) {
      VersionStore store = new VersionStore(connection, dialect, versionTable);
      boolean exists = store.exists();
      return new DatabaseState(withoutRows ? new java.util.TreeSet<>() : store.rows(), store.history(), exists,
          exists && withWidth ? store.width() : OptionalInt.empty(), store.startedRecords().unresolved());
    } catch (SQLException e) {
      throw unreadable(url, versionTable, e);
    }
  }

  /**
   * Where the database stands, read through an open {@code connection} to {@code url}: the version
   * rows and whether the table exists, nothing else ({@link #history()} is empty and {@link #width()}
   * unknown). For comparing a database with its revisions, which needs to know only that.
   */
  public static DatabaseState versionRows(Connection connection, DatabaseUrl url, Dialect dialect, String versionTable) {
    try {
      VersionStore store = new VersionStore(connection, dialect, versionTable);
      SortedSet<RevisionId> rows = store.rows();
      return new DatabaseState(rows, List.of(), !rows.isEmpty() || store.exists(), OptionalInt.empty());
    } catch (SQLException e) {
      throw unreadable(url, versionTable, e);
    }
  }

  private static RunException unreadable(DatabaseUrl url, String versionTable, SQLException e) {
    return new RunException(ErrorCode.D002, null, "cannot read " + url.redacted() + ": " + e.getMessage(), List.of(),
        "check the database is reachable and the user may read " + versionTable, e);
  }
}
