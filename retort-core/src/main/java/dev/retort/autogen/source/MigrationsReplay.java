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
    this.options = options.withCallbacks(dev.retort.run.callback.Callbacks.NONE).withBatchedStatements();
    this.javaRevisions = javaRevisions;
  }

  /** {@code migrations at heads (3 revisions)}, as shown on the console. */
  public String description() {
    int count = graph.size();
    return "migrations at heads (" + count + (count == 1 ? " revision)" : " revisions)");
  }

  /** Cache key parts: each revision's id and checksum, in topological order. */
  public List<String> cacheParts() {
    List<String> parts = new ArrayList<>();
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
    if (graph.size() == 0) {
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

  private void replay(ScratchDatabase scratch, dev.retort.dialect.DatabaseUrl url) {
    Runner runner = new Runner(graph, dialect, url, options, RunListener.silent(), javaRevisions);
    try {
      runner.run(rows -> new Planner(graph).upgrade(rows, "heads"));
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
