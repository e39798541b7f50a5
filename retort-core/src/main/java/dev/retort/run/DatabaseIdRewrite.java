package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionId;
import dev.retort.store.AcceptRows;
import dev.retort.store.HistoryEntry;
import dev.retort.store.IdRows;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The database side of {@code rename-revision} and {@code rewrite-ids}. Under the migration lock
 * it reads the version rows and history, lets the caller refuse rows it cannot map, and in one
 * transaction renames version rows and history rows and records an {@code accept} row for each
 * rewritten file that was applied unedited. The files are written ({@link FileStep#write()}) after
 * the statements ran and before the commit; if the commit fails, the files are put back
 * ({@link FileStep#undo()}), so a failure leaves both as they were.
 */
public final class DatabaseIdRewrite {
  /**
   * One id to rename.
   *
   * @param oldId the id the database may record
   * @param newId the id it records afterwards
   */
  public record Rename(String oldId, String newId) {}

  /**
   * A rewritten revision file's checksum before and after the rewrite.
   *
   * @param oldId the revision's id before the rewrite
   * @param newId its id afterwards (the same when only a reference changed)
   * @param before the file's checksum before
   * @param after the file's checksum after
   */
  public record FileChecksum(String oldId, String newId, String before, String after) {}

  /** The files of the rewrite, written while the transaction is open. */
  public interface FileStep {
    /** Puts every new file in place, or leaves every file as it was and throws. */
    void write();

    /** Puts every file back as it was before {@link #write()}. */
    void undo();
  }

  private final DatabaseUrl url;
  private final Dialect dialect;
  private final RunOptions options;
  private final Consumer<Connection> beforeCommit;

  public DatabaseIdRewrite(DatabaseUrl url, Dialect dialect, RunOptions options) {
    this(url, dialect, options, connection -> { });
  }

  /** As the plain constructor; {@code beforeCommit} runs just before the commit (tests break the connection there). */
  public DatabaseIdRewrite(DatabaseUrl url, Dialect dialect, RunOptions options, Consumer<Connection> beforeCommit) {
    this.url = url;
    this.dialect = dialect;
    this.options = options;
    this.beforeCommit = beforeCommit;
  }

  /**
   * Renames {@code renames} in the database and writes the files; with {@code dryRun} writes
   * neither. {@code checkRows} sees the version rows first and throws to refuse. Returns the
   * statements (as a report shows them); none when the database records nothing to change. A
   * SQLite file that does not exist is left alone.
   */
  public List<String> apply(List<Rename> renames, List<FileChecksum> checksums, Consumer<SortedSet<RevisionId>> checkRows,
      FileStep files, boolean dryRun) {
    if (url.isMissingSqliteFile()) {
      if (!dryRun) {
        files.write();
      }
      return List.of();
    }
    String versionTable = options.versionTable();
    try (Connection connection = Connector.open(url, dialect);
        MigrationLock lock = dialect.lock(connection, url, versionTable, new LockWait(options.lockTimeout(), () -> false))) {
      VersionStore store = new VersionStore(connection, dialect, versionTable);
      boolean exists = store.exists();
      SortedSet<RevisionId> rows = exists ? store.rows() : new TreeSet<>();
      checkRows.accept(rows);
      IdRewriteStatements statements = IdRewriteStatements.of(renames, checksums, rows, store.history());
      OptionalInt width = exists ? store.width() : OptionalInt.empty();
      int longest = statements.versionRows().stream().mapToInt(r -> r.newId().length()).max().orElse(0);
      boolean widen = dialect.capabilities().enforcesVarcharLength() && width.isPresent() && longest > width.getAsInt();
      if (widen && !options.autoWidenVersionColumn()) {
        throw new RunException(ErrorCode.V002, null, "a new id is " + longest + " characters but " + versionTable
            + ".version_num is VARCHAR(" + width.getAsInt() + "); nothing was renamed", List.of(),
            "set auto_widen_version_column = true in retort.toml, or widen it yourself: "
                + dialect.widenVersionColumn(versionTable, Math.max(255, longest)), null);
      }
      List<String> shown = new java.util.ArrayList<>();
      if (widen) {
        shown.add(dialect.widenVersionColumn(versionTable, Math.max(options.versionColumnWidth(), longest)));
      }
      shown.addAll(statements.shown(versionTable));
      if (!dryRun) {
        write(connection, store, statements, widen ? Math.max(options.versionColumnWidth(), longest) : 0, files);
      }
      return shown;
    } catch (SQLException e) {
      throw new RunException(ErrorCode.D002, null, "database error on " + url.redacted() + ": "
          + Connector.withoutPassword(String.valueOf(e.getMessage()), url) + "; nothing was renamed", List.of(),
          "check the database is reachable and the user may update " + versionTable + " and "
              + VersionStore.HISTORY_TABLE + ", or rename the files only with --files-only", e);
    }
  }

  private void write(Connection connection, VersionStore store, IdRewriteStatements statements, int widenTo,
      FileStep files) throws SQLException {
    connection.setAutoCommit(false);
    boolean filesWritten = false;
    try {
      if (widenTo > 0) {
        store.widen(widenTo);
      }
      IdRows ids = new IdRows(connection, dialect, store.table());
      for (Rename rename : statements.versionRows()) {
        ids.renameVersionRow(rename.oldId(), rename.newId());
      }
      for (Rename rename : statements.historyRows()) {
        ids.renameHistory(rename.oldId(), rename.newId());
      }
      recordAccepted(connection, statements.accepted());
      files.write();
      filesWritten = true;
      beforeCommit.accept(connection);
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(connection, e);
      if (filesWritten) {
        files.undo();
      }
      throw e;
    }
    connection.setAutoCommit(true);
  }

  private static void recordAccepted(Connection connection, List<FileChecksum> accepted) throws SQLException {
    if (accepted.isEmpty()) {
      return;
    }
    AcceptRows rows = new AcceptRows(connection);
    rows.ensureColumn();
    String now = Instant.now().toString();
    String appliedBy = Connector.appliedBy();
    for (FileChecksum file : accepted) {
      rows.record(new HistoryEntry(file.newId(), AcceptRows.DIRECTION, file.after(), now, 0, appliedBy, true),
          file.before());
    }
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      if (!connection.isClosed()) {
        connection.rollback();
      }
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
