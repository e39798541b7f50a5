package dev.retort.autogen.source;

import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.dialect.Dialect;
import dev.retort.plan.Planner;
import dev.retort.run.RunListener;
import dev.retort.run.RunOptions;
import dev.retort.run.Runner;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.script.JavaMigrationLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema the migrations produce: every revision replayed from base to {@code heads} on a
 * scratch database, quietly, with the same runner {@code upgrade} uses, then reflected.
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
    this.options = options.withCallbacks(dev.retort.run.callback.Callbacks.NONE);
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
    if (graph.size() > 0) {
      Runner runner = new Runner(graph, dialect, scratch.url(), options, RunListener.silent(), javaRevisions);
      try {
        runner.run(rows -> new Planner(graph).upgrade(rows, "heads"));
      } catch (RetortException e) {
        throw SchemaSourceException.replayFailed(e, scratch.description(),
            "migrations fail to replay on the scratch database",
            "fix the revision named; retort upgrade heads --url <an empty database> reproduces the failure");
      }
    }
    return reader.read(scratch.url());
  }
}
