package dev.retort.command;

import dev.retort.autogen.diff.DiffOptions;
import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.autogen.source.BuiltSchema;
import dev.retort.autogen.source.CheckSettling;
import dev.retort.autogen.source.HintCheck;
import dev.retort.autogen.source.RenameHint;
import dev.retort.autogen.source.UpgradeSql;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import dev.retort.graph.RevisionGraph;
import dev.retort.autogen.source.SnapshotCache;
import dev.retort.ops.Op;
import dev.retort.script.JavaMigrationLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares two schema sources: builds each (replaying migrations or applying SQL on a scratch
 * database, or reading a live database), checks the rename hints, and diffs them both ways. Used by
 * {@code check}, {@code diff} and {@code revision --autogenerate}.
 */
public final class CompareCommand {
  private final RetortConfig config;
  private final DialectRegistry dialects;
  private Optional<SnapshotCache> cache = Optional.empty();
  private JavaMigrationLoader javaRevisions;

  public CompareCommand(RetortConfig config, DialectRegistry dialects) {
    this.config = config;
    this.dialects = dialects;
  }

  /** Keeps built snapshots of migrations and schema files in {@code snapshots} (never live databases or entities). */
  public CompareCommand withCache(SnapshotCache snapshots) {
    this.cache = Optional.of(snapshots);
    return this;
  }

  /** Compiles and loads Java revisions with {@code loader} when replaying migrations. */
  public CompareCommand withJavaLoader(JavaMigrationLoader loader) {
    this.javaRevisions = loader;
    return this;
  }

  /**
   * The differences from {@code current} to {@code desired}. A live database on the current side
   * that Retort manages must be at heads (RT-M002).
   */
  public Comparison compare(SourceSpec current, SourceSpec desired) {
    Database database = Database.of(config, dialects);
    Dialect dialect = dialectFor(current, desired, database);
    try (SchemaBuilder builder = new SchemaBuilder(config, database.options(), dialect, cache, loader())) {
      // a live database is read on a second thread meanwhile: it waits on the server, this one reads files
      if (current instanceof SourceSpec.Live live) {
        builder.startReading(live, true);
      }
      if (desired instanceof SourceSpec.Live live) {
        builder.startReading(live, false);
      }
      if (current instanceof SourceSpec.Live live) {
        RevisionGraph graph = builder.graph();
        if (desired instanceof SourceSpec.Migrations) {
          builder.lookUpMigrations();
        }
        new HeadCheck(graph).requireAtHeads(live, builder.versionState(live),
            desired instanceof SourceSpec.Migrations);
      }
      BuiltSchema[] sides = buildBoth(builder, current, desired);
      BuiltSchema have = sides[0];
      BuiltSchema want = sides[1];
      have = new BuiltSchema(settled(dialect, have.snapshot(), want.snapshot(), builder::fresh), have.hints(),
          have.description());
      DiffOptions options = !want.hints().isEmpty()
          ? HintCheck.options(want.hints(), have.snapshot(), want.snapshot())
          : reversedHints(have.hints(), want, have);
      DiffResult upgrade = SchemaDiff.between(have.snapshot(), want.snapshot(), options);
      List<Op> ops = upgrade.ops();
      List<List<String>> sql = new UpgradeSql(dialect).render(have.snapshot(), ops, builder::fresh);
      DifferenceText text = new DifferenceText(have.snapshot(), want.snapshot());
      List<Difference> differences = new ArrayList<>();
      for (int i = 0; i < ops.size(); i++) {
        differences.add(text.describe(ops.get(i)).withSql(sql.get(i)));
      }
      return new Comparison(dialect, upgrade, options, have.description(), want.description(),
          builder.scratchDescription(), have.snapshot(), want.snapshot(), differences);
    }
  }

  /**
   * Builds {@code current} and {@code desired} (in that order). A live database on the current side
   * is still being read on its own thread: the desired side is built meanwhile, and a failure of the
   * live read is still reported before one of the desired side, as a sequential build would.
   */
  private static BuiltSchema[] buildBoth(SchemaBuilder builder, SourceSpec current, SourceSpec desired) {
    if (!(current instanceof SourceSpec.Live)) {
      BuiltSchema have = builder.build(current);
      return new BuiltSchema[] {have, builder.build(desired)};
    }
    RuntimeException failed = null;
    BuiltSchema want = null;
    try {
      want = builder.build(desired);
    } catch (RuntimeException e) {
      failed = e;
    }
    BuiltSchema have = builder.build(current);
    if (failed != null) {
      throw failed;
    }
    return new BuiltSchema[] {have, want};
  }

  /**
   * {@code current} with the checks that only print differently settled to the desired side's text
   * ({@link CheckSettling}) where the dialect reprints checks (PostgreSQL); as it is on other databases.
   */
  static dev.retort.schema.SchemaSnapshot settled(Dialect dialect, dev.retort.schema.SchemaSnapshot current,
      dev.retort.schema.SchemaSnapshot desired, java.util.function.Supplier<dev.retort.autogen.scratch.ScratchDatabase> fresh) {
    return dialect.reprintsChecks() ? CheckSettling.settle(current, desired, fresh) : current;
  }

  /** Hints carried by the current side (e.g. {@code diff --from schema.sql}) rename from the desired side. */
  private static DiffOptions reversedHints(List<RenameHint> hints, BuiltSchema want, BuiltSchema have) {
    return hints.isEmpty() ? DiffOptions.none() : HintCheck.options(hints, want.snapshot(), have.snapshot()).reversed();
  }

  private Dialect dialectFor(SourceSpec current, SourceSpec desired, Database database) {
    for (SourceSpec side : List.of(desired, current)) {
      if (side instanceof SourceSpec.Live live) {
        return dialects.forUrl(DatabaseUrl.parse(live.url(), live.base()));
      }
    }
    return database.dialect();
  }

  private JavaMigrationLoader loader() {
    if (javaRevisions == null) {
      javaRevisions = new JavaMigrationLoader(new dev.retort.script.JavaRevisionCompiler(),
          config.scriptLocation().resolve(JavaMigrationLoader.CACHE_FOLDER));
    }
    return javaRevisions;
  }
}
