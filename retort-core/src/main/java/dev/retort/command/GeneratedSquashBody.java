package dev.retort.command;

import dev.retort.autogen.diff.DiffOptions;
import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.autogen.render.RevisionBody;
import dev.retort.autogen.scratch.GeneratedSql;
import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.autogen.scratch.ScratchServer;
import dev.retort.autogen.scratch.ScratchServers;
import dev.retort.autogen.source.SchemaSourceException;
import dev.retort.autogen.source.SnapshotReader;
import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.SquashPlanner;
import dev.retort.run.RunListener;
import dev.retort.run.Runner;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.script.JavaMigrationLoader;
import java.util.List;

/**
 * The squash of a range generated as {@code revision --autogenerate} generates a revision: on two
 * scratch databases of the project's dialect the revisions are replayed up to FROM's parents and
 * up to TO, each is reflected, and the difference is rendered as the upgrade (and its reverse as
 * the downgrade). Only the schema is carried over: statements that change data are not.
 */
final class GeneratedSquashBody {
  private final RetortConfig config;
  private final Database database;
  private final RevisionGraph graph;
  private final JavaMigrationLoader javaRevisions;

  GeneratedSquashBody(RetortConfig config, Database database, RevisionGraph graph, JavaMigrationLoader javaRevisions) {
    this.config = config;
    this.database = database;
    this.graph = graph;
    this.javaRevisions = javaRevisions;
  }

  RevisionBody render(SquashRange range) {
    SnapshotReader reader = new SnapshotReader(database.dialect(), database.options().versionTable());
    SchemaSnapshot before;
    SchemaSnapshot after;
    try (ScratchServer server = ScratchServers.open(config, database.dialect())) {
      before = replay(server.fresh(), range.from().parents(), reader);
      after = replay(server.fresh(), List.of(range.to().id()), reader);
    }
    DiffResult upgrade = SchemaDiff.between(before, after, DiffOptions.none());
    if (upgrade.isEmpty()) {
      throw new SquashRefusedException(null, "the range " + range.from().id() + ".." + range.to().id()
          + " changes no schema, so a generated squash would be empty", List.of(
              "a generated squash carries the schema only; statements that change data are not in it"),
          "keep the range's own statements with --concat");
    }
    DiffResult downgrade = SchemaDiff.between(after, before, DiffOptions.none());
    return GeneratedSql.render(config, database.dialect(), before, upgrade, downgrade);
  }

  /** Upgrades the scratch database to each target in turn (none: it stays empty) and reflects it. */
  private SchemaSnapshot replay(ScratchDatabase scratch, List<RevisionId> targets, SnapshotReader reader) {
    for (RevisionId target : targets) {
      Runner runner = new Runner(graph, database.dialect(), scratch.url(), database.options(), RunListener.silent(),
          javaRevisions);
      try {
        runner.run(rows -> new SquashPlanner(graph).upgrade(rows, target.value()));
      } catch (RetortException e) {
        throw SchemaSourceException.replayFailed(e, scratch.description(),
            "the revisions fail to replay on the scratch database",
            "fix the revision named, or squash with --concat (which runs nothing)");
      }
    }
    return reader.read(scratch.url());
  }
}
