package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.HeadSet;
import dev.retort.store.StartedRecords;
import dev.retort.store.StartedRevision;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The database side of {@code retort resolve REV --applied|--rolled-back}: under the migration
 * lock, finds REV's started-and-unfinished record; {@code --applied} moves the version table as
 * the step would have (as a one-step stamp, through {@link HeadSet}) and marks the record
 * {@code resolved-applied} in one transaction; {@code --rolled-back} leaves the version table and
 * marks it {@code resolved-rolled-back}.
 */
public final class StartedResolution {
  /**
   * What was resolved.
   *
   * @param record the record as it was before
   * @param applied whether it was resolved as applied
   * @param rowsBefore the version rows before
   * @param rowsAfter the version rows after
   */
  public record Outcome(StartedRevision record, boolean applied, SortedSet<RevisionId> rowsBefore,
      SortedSet<RevisionId> rowsAfter) {}

  private final DatabaseUrl url;
  private final Dialect dialect;
  private final RunOptions options;

  public StartedResolution(DatabaseUrl url, Dialect dialect, RunOptions options) {
    this.url = url;
    this.dialect = dialect;
    this.options = options;
  }

  /** Resolves the unresolved record {@code text} names (its id or a unique prefix of it). */
  public Outcome resolve(RevisionGraph graph, String text, boolean applied) {
    if (url.isMissingSqliteFile()) {
      throw ResolveRefusedException.nothingToResolve(text, List.of());
    }
    try (Connection connection = Connector.open(url);
        MigrationLock lock = dialect.lock(connection, url, options.versionTable(),
            new LockWait(options.lockTimeout(), () -> false))) {
      VersionStore store = new VersionStore(connection, dialect, options.versionTable());
      StartedRecords records = store.startedRecords();
      StartedRevision record = find(text, records.unresolved());
      SortedSet<RevisionId> before = store.rows();
      SortedSet<RevisionId> after = applied ? rowsAfter(graph, record, before) : before;
      connection.setAutoCommit(false);
      try {
        store.move(before, after);
        records.resolve(record.revision(), applied);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
      return new Outcome(record, applied, before, after);
    } catch (SQLException e) {
      throw new RunException(ErrorCode.D002, null, "database error on " + url.redacted() + ": "
          + Connector.withoutPassword(String.valueOf(e.getMessage()), url), List.of(),
          "check the database is reachable and the user may update " + VersionStore.HISTORY_TABLE + " and "
              + options.versionTable(), e);
    }
  }

  private static StartedRevision find(String text, List<StartedRevision> unresolved) {
    for (StartedRevision record : unresolved) {
      if (record.revision().equals(text)) {
        return record;
      }
    }
    List<StartedRevision> matches = unresolved.stream().filter(r -> r.revision().startsWith(text)).toList();
    if (matches.size() == 1 && text.length() >= 4) {
      return matches.get(0);
    }
    if (matches.size() > 1) {
      throw ResolveRefusedException.ambiguous(text, matches);
    }
    throw ResolveRefusedException.nothingToResolve(text, unresolved);
  }

  /** The rows the step would have left: {@code before} with the revision upgraded or downgraded. */
  private static SortedSet<RevisionId> rowsAfter(RevisionGraph graph, StartedRevision record,
      SortedSet<RevisionId> before) {
    String rows = StateLeft.state(before);
    if (!RevisionId.isValid(record.revision()) || !graph.contains(RevisionId.of(record.revision()))) {
      throw ResolveRefusedException.cannotApply(record, "no revision file has " + record.revision(), rows);
    }
    RevisionId id = RevisionId.of(record.revision());
    HeadSet heads = new HeadSet(graph, before);
    boolean upgrade = record.direction().equals("upgrade");
    if (upgrade == heads.isApplied(id)) {
      throw ResolveRefusedException.cannotApply(record, "the version table already records it as "
          + (upgrade ? "applied" : "not applied"), rows);
    }
    try {
      if (upgrade) {
        heads.upgrade(id);
      } else {
        heads.downgrade(id);
      }
    } catch (IllegalStateException e) {
      throw ResolveRefusedException.cannotApply(record, upgrade
          ? "the revisions it needs (its parents and dependencies) are not all applied"
          : "applied revisions still need it (its children or dependants)", rows);
    }
    return new TreeSet<>(heads.rows());
  }
}
