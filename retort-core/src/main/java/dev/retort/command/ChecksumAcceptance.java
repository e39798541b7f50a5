package dev.retort.command;

import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import dev.retort.graph.AmbiguousPrefixException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.UnknownRevisionException;
import dev.retort.run.Connector;
import dev.retort.run.DatabaseState;
import dev.retort.store.AcceptRows;
import dev.retort.store.HistoryEntry;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * {@code accept} and {@code repair}: records the current file checksum of applied revisions that
 * were edited, as an {@code accept} history row that keeps the old checksum too. The state is read
 * and written under the migration lock, in one transaction; with {@code dryRun} nothing is written.
 */
public final class ChecksumAcceptance {
  private final RevisionGraph graph;
  private final Database database;

  public ChecksumAcceptance(RevisionGraph graph, Database database) {
    this.graph = graph;
    this.database = database;
  }

  /**
   * Accepts the named revisions (full ids or unique prefixes); every one must be applied and
   * edited, else nothing is recorded. With no ids ({@code repair}), every edited revision.
   */
  public List<AcceptedChecksum> accept(Optional<List<String>> ids, boolean dryRun) {
    List<RevisionId> wanted = ids.map(this::resolve).orElse(null);
    if (database.url().sqliteFile() != null && !java.nio.file.Files.exists(database.url().sqliteFile())) {
      return select(new StatusQuery(graph).status(
          new DatabaseState(new TreeSet<>(), List.of(), false, OptionalInt.empty())), wanted);
    }
    String versionTable = database.options().versionTable();
    try (Connection connection = Connector.open(database.url());
        MigrationLock lock = database.dialect().lock(connection, database.url(), versionTable,
            new LockWait(database.options().lockTimeout(), () -> false))) {
      VersionStore store = new VersionStore(connection, database.dialect(), versionTable);
      boolean exists = store.exists();
      DatabaseState state = new DatabaseState(exists ? store.rows() : new TreeSet<>(), store.history(), exists,
          OptionalInt.empty());
      List<AcceptedChecksum> accepted = select(new StatusQuery(graph).status(state), wanted);
      if (!dryRun && !accepted.isEmpty()) {
        write(connection, accepted);
      }
      return accepted;
    } catch (SQLException e) {
      throw AcceptException.database(database.url().redacted(), Connector.withoutPassword(e.getMessage(),
          database.url()), e);
    }
  }

  private static List<AcceptedChecksum> select(List<StatusEntry> entries, List<RevisionId> wanted) {
    List<AcceptedChecksum> accepted = new ArrayList<>();
    if (wanted == null) {
      for (StatusEntry entry : entries) {
        if (entry.state().equals("edited")) {
          accepted.add(new AcceptedChecksum(entry.revision(), entry.appliedChecksum(), entry.revision().checksum()));
        }
      }
      return accepted;
    }
    Map<RevisionId, StatusEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.put(e.id(), e));
    for (RevisionId id : wanted) {
      StatusEntry entry = byId.get(id);
      if (entry.state().equals("pending")) {
        throw AcceptException.notApplied(id.value(), "pending");
      }
      if (!entry.state().equals("edited")) {
        throw AcceptException.notEdited(id.value());
      }
      accepted.add(new AcceptedChecksum(entry.revision(), entry.appliedChecksum(), entry.revision().checksum()));
    }
    return accepted;
  }

  private static void write(Connection connection, List<AcceptedChecksum> accepted) throws SQLException {
    AcceptRows rows = new AcceptRows(connection);
    String now = Instant.now().toString();
    String appliedBy = Connector.appliedBy();
    connection.setAutoCommit(false);
    try {
      rows.ensureColumn();
      for (AcceptedChecksum a : accepted) {
        rows.record(new HistoryEntry(a.revision().id().value(), AcceptRows.DIRECTION, a.newChecksum(), now, 0,
            appliedBy, true), a.previousChecksum());
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private List<RevisionId> resolve(List<String> ids) {
    List<RevisionId> resolved = new ArrayList<>();
    for (String text : ids) {
      List<RevisionId> matches = graph.withPrefix(text);
      if (matches.isEmpty()) {
        throw new UnknownRevisionException(text, List.of());
      }
      if (matches.size() > 1 && !matches.contains(new RevisionId(text))) {
        throw new AmbiguousPrefixException(text, matches, List.of());
      }
      RevisionId id = matches.size() == 1 ? matches.get(0) : new RevisionId(text);
      if (!resolved.contains(id)) {
        resolved.add(id);
      }
    }
    return resolved;
  }
}
