package dev.retort.command;

import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.autogen.source.BuiltSchema;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.ops.Op;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.verify.CheckResult;
import dev.retort.verify.DataGuard;
import dev.retort.verify.Outcome;
import dev.retort.verify.SchemaChanges;
import dev.retort.verify.Stairway;
import dev.retort.verify.StairwayResult;
import dev.retort.verify.VerifyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code retort verify}: checks the heads, walks the stairway on a scratch database (or a
 * throwaway {@code --url}), and compares the schema at head with the configured desired schema.
 */
final class VerifyCommand {
  private final RetortConfig config;
  private final DialectRegistry dialects;
  private final RevisionGraph graph;
  private final JavaMigrationLoader javaRevisions;

  VerifyCommand(RetortConfig config, DialectRegistry dialects, RevisionGraph graph, JavaMigrationLoader javaRevisions) {
    this.config = config;
    this.dialects = dialects;
    this.graph = graph;
    this.javaRevisions = javaRevisions;
  }

  VerifyReport verify(VerifyOptions options) {
    CheckResult heads = headsCheck(options.allHeads());
    var settings = VerifyArguments.settings(graph, options);
    Database project = Database.of(config, dialects);
    Optional<DatabaseUrl> throwaway = options.url().map(u -> DatabaseUrl.parse(u, config.baseFolder()));
    Dialect dialect = throwaway.map(dialects::forUrl).orElse(project.dialect());
    throwaway.ifPresent(url -> {
      if (!options.allowData()) {
        DataGuard.requireEmpty(url, dialect, project.options().versionTable());
      }
    });
    try (SchemaBuilder builder = new SchemaBuilder(config, project.options(), dialect, Optional.empty(), javaRevisions)) {
      // the desired schema is built first: a dev_url scratch server hands out its one database again
      Optional<BuiltSchema> desired = hasDesiredSchema()
          ? Optional.of(builder.build(new SourceSpec.ConfiguredSchema())) : Optional.empty();
      String where;
      DatabaseUrl url;
      if (throwaway.isPresent()) {
        url = throwaway.get();
        where = "database " + url.redacted();
      } else {
        ScratchDatabase scratch = builder.fresh();
        url = scratch.url();
        where = scratch.description();
      }
      StairwayResult walk = new Stairway(graph, dialect, url, project.options(), javaRevisions, VerifyCommand::changes)
          .walk(settings);
      CheckResult schema = schemaCheck(walk.atHeads(), desired, dialect, builder);
      return new VerifyReport(where, walk.revisions(), List.of(heads, walk.base(), schema));
    }
  }

  private boolean hasDesiredSchema() {
    return config.schema().isPresent() || config.schemaEntities().isPresent();
  }

  private CheckResult headsCheck(boolean allHeads) {
    List<RevisionId> heads = graph.heads();
    String listed = String.join(", ", heads.stream().map(RevisionId::value).toList());
    if (heads.size() <= 1) {
      return new CheckResult("heads", Outcome.PASSED, heads.isEmpty() ? "no revisions" : "one head: " + listed, List.of());
    }
    if (allHeads) {
      return new CheckResult("heads", Outcome.PASSED, heads.size() + " heads, each verified: " + listed, List.of());
    }
    return new CheckResult("heads", Outcome.FAILED, heads.size() + " heads: " + listed,
        List.of("fix: retort merge heads -m \"merge heads\", or verify each head with: retort verify heads"));
  }

  private static CheckResult schemaCheck(Optional<SchemaSnapshot> atHeads, Optional<BuiltSchema> desired,
      Dialect dialect, SchemaBuilder builder) {
    if (desired.isEmpty()) {
      return new CheckResult("schema", Outcome.SKIPPED, "no desired schema (schema in retort.toml)", List.of());
    }
    if (atHeads.isEmpty()) {
      return new CheckResult("schema", Outcome.NOT_RUN, "not run: an earlier check failed", List.of());
    }
    SchemaSnapshot want = desired.get().snapshot();
    SchemaSnapshot have = CompareCommand.settled(dialect, atHeads.get(), want, builder::fresh);
    List<String> differences = changes(have, want);
    String source = desired.get().description();
    if (differences.isEmpty()) {
      return new CheckResult("schema", Outcome.PASSED, "head matches " + source, List.of());
    }
    return new CheckResult("schema", Outcome.FAILED, differences.size() + (differences.size() == 1 ? " difference" :
        " differences") + " between head and " + source + " (+ only in " + source + ")", differences);
  }

  /** The diff's lines from {@code expected} to {@code actual}. */
  static List<String> changes(SchemaSnapshot expected, SchemaSnapshot actual) {
    List<Op> ops = SchemaDiff.between(expected, actual).ops();
    DifferenceText text = new DifferenceText(expected, actual);
    List<String> lines = new ArrayList<>();
    for (Op op : ops) {
      lines.add(text.describe(op).line());
    }
    return lines;
  }
}
