package dev.retort.autogen.source;

import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.dialect.Dialect;
import dev.retort.plan.Planner;
import dev.retort.run.RunListener;
import dev.retort.run.RunOptions;
import dev.retort.run.Connector;
import dev.retort.run.Runner;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.script.JavaMigrationLoader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema the migrations produce: every revision replayed from base to {@code heads} on a
 * scratch database, quietly, with the same runner {@code upgrade} uses (the DDL of a revision in a
 * transaction sent in batches where the dialect allows), then reflected.
 */
public final class MigrationsReplay {
  private final RevisionGraph graph;
  private final Dialect dialect;
  private final RunOptions options;
  private final JavaMigrationLoader javaRevisions;
  /** The revisions to replay up to (empty: none, the schema at base); null for the heads. */
  private final java.util.SortedSet<RevisionId> upTo;

  /**
   * @param graph the project's revisions (with checksums)
   * @param dialect the scratch database's dialect
   * @param options the project's run options (version table, transactions); callbacks do not run on the
   *     scratch database
   * @param javaRevisions how Java revisions are compiled and loaded
   */
  public MigrationsReplay(RevisionGraph graph, Dialect dialect, RunOptions options, JavaMigrationLoader javaRevisions) {
    this.graph = graph;
    this.dialect = dialect;
    this.options = options.withCallbacks(dev.retort.run.callback.Callbacks.NONE);
    this.javaRevisions = javaRevisions;
    this.upTo = null;
  }

  private MigrationsReplay(MigrationsReplay replay, java.util.Collection<RevisionId> upTo) {
    this.graph = replay.graph;
    this.dialect = replay.dialect;
    this.options = replay.options;
    this.javaRevisions = replay.javaRevisions;
    this.upTo = new java.util.TreeSet<>(upTo);
  }

  /**
   * The same replay up to {@code rows} (a database's version rows: each of them and its ancestors)
   * instead of the heads; at base when {@code rows} is empty.
   */
  public MigrationsReplay upTo(java.util.Collection<RevisionId> rows) {
    return new MigrationsReplay(this, rows);
  }

  /** {@code migrations at heads (3 revisions)}, as shown on the console. */
  public String description() {
    if (upTo != null) {
      return "migrations at " + (upTo.isEmpty() ? "<base>" : String.join(",", upTo.stream().map(RevisionId::value).toList()));
    }
    int count = graph.size();
    return "migrations at heads (" + count + (count == 1 ? " revision)" : " revisions)");
  }

  /** Cache key parts: each revision's id and checksum, in topological order. */
  public List<String> cacheParts() {
    List<String> parts = new ArrayList<>();
    if (upTo != null) {
      parts.add("up_to=" + String.join(",", upTo.stream().map(RevisionId::value).toList()));
    }
    for (RevisionId id : graph.topologicalOrder()) {
      parts.add(id.value());
      parts.add(graph.get(id).checksum());
    }
    return parts;
  }

  /**
   * Upgrades {@code scratch} to heads and reflects it.
   *
   * @throws SchemaSourceException RT-M007 naming the revision that fails, with its own error
   */
  public SchemaSnapshot build(ScratchDatabase scratch, SnapshotReader reader) {
    if (graph.size() == 0 || atBase()) {
      return reader.read(scratch.url());
    }
    if (dialect.sessionReset().isEmpty()) {
      replay(scratch, scratch.url());
      return reader.read(scratch.url());
    }
    // one session replays, is reset, then reflects: one connection fewer, and its catalog caches are warm
    Connection connection;
    try {
      connection = Connector.open(scratch.url(), dialect);
    } catch (RetortException e) {
      throw replayFailed(e, scratch);
    }
    try {
      replay(scratch, OneConnection.sharing(scratch.url(), connection));
      try (Statement st = connection.createStatement()) {
        for (String sql : dialect.sessionReset()) {
          st.execute(sql);
        }
      }
      return reader.read(connection);
    } catch (SQLException e) {
      throw new SchemaSourceException(dev.retort.error.ErrorCode.D002, null,
          "cannot read the schema of " + scratch.description() + ": " + e.getMessage(), List.of(),
          "check the database is reachable and the user may read its catalog", e);
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // a scratch session; its database is dropped next
      }
    }
  }

  /** Whether this replay is up to no revision at all. */
  private boolean atBase() {
    return upTo != null && upTo.isEmpty();
  }

  private void replay(ScratchDatabase scratch, dev.retort.dialect.DatabaseUrl url) {
    List<String> targets = upTo == null ? List.of("heads") : upTo.stream().map(RevisionId::value).toList();
    try {
      for (String target : targets) {
        new Runner(graph, dialect, url, options, RunListener.silent(), javaRevisions)
            .run(rows -> new Planner(graph).upgrade(rows, target));
      }
    } catch (RetortException e) {
      throw replayFailed(e, scratch);
    }
  }

  private static SchemaSourceException replayFailed(RetortException e, ScratchDatabase scratch) {
    return SchemaSourceException.replayFailed(e, scratch.description(),
        "migrations fail to replay on the scratch database",
        "fix the revision named; retort upgrade heads --url <an empty database> reproduces the failure");
  }
}
