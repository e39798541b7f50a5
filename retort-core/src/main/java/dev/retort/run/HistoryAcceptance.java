package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.error.ErrorCode;
import dev.retort.store.AcceptRows;
import dev.retort.store.HistoryEntry;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The database side of {@code accept} and {@code repair}: under the migration lock, reads what
 * the database records, lets the caller choose the checksums to accept, and writes one
 * {@code accept} history row for each in one transaction (none in a dry run).
 */
public final class HistoryAcceptance {
  /**
   * One checksum to accept.
   *
   * @param revision the revision id
   * @param previousChecksum the checksum the history table holds now
   * @param newChecksum the file's checksum, to become the reference
   */
  public record Change(String revision, String previousChecksum, String newChecksum) {}

  private final DatabaseUrl url;
  private final Dialect dialect;
  private final RunOptions options;

  public HistoryAcceptance(DatabaseUrl url, Dialect dialect, RunOptions options) {
    this.url = url;
    this.dialect = dialect;
    this.options = options;
  }

  /**
   * Runs {@code choose} on the state read under the lock and records what it returns unless
   * {@code dryRun}; returns it. A SQLite file that does not exist is an empty database, and is
   * not created.
   */
  public List<Change> accept(Function<DatabaseState, List<Change>> choose, boolean dryRun) {
    if (url.isMissingSqliteFile()) {
      return choose.apply(DatabaseState.empty());
    }
    String versionTable = options.versionTable();
    try (Connection connection = Connector.open(url, dialect);
        MigrationLock lock = dialect.lock(connection, url, versionTable, new LockWait(options.lockTimeout(), () -> false))) {
      VersionStore store = new VersionStore(connection, dialect, versionTable);
      boolean exists = store.exists();
      DatabaseState state = new DatabaseState(exists ? store.rows() : new TreeSet<>(), store.history(), exists,
          OptionalInt.empty());
      List<Change> changes = choose.apply(state);
      if (!dryRun && !changes.isEmpty()) {
        write(connection, changes);
      }
      return changes;
    } catch (SQLException e) {
      throw new RunException(ErrorCode.D002, null, "database error on " + url.redacted() + ": "
          + Connector.withoutPassword(String.valueOf(e.getMessage()), url), List.of(),
          "check the database is reachable and the user may alter and insert into " + VersionStore.HISTORY_TABLE, e);
    }
  }

  private static void write(Connection connection, List<Change> changes) throws SQLException {
    AcceptRows rows = new AcceptRows(connection);
    String now = Instant.now().toString();
    String appliedBy = Connector.appliedBy();
    connection.setAutoCommit(false);
    try {
      rows.ensureColumn();
      for (Change change : changes) {
        rows.record(new HistoryEntry(change.revision(), AcceptRows.DIRECTION, change.newChecksum(), now, 0,
            appliedBy, true), change.previousChecksum());
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
