package dev.retort.command;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetRange;
import dev.retort.plan.Plan;
import dev.retort.plan.SquashPlanner;
import dev.retort.run.DatabaseState;
import dev.retort.run.OfflineSqlWriter;
import dev.retort.run.Preflight;
import dev.retort.run.Runner;
import dev.retort.script.JavaMigrationLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** {@code upgrade}, {@code downgrade} and {@code stamp}: live, as a plan, or as an offline script. */
public final class MigrateCommand {
  /** Which command. */
  public enum Kind {
    UPGRADE,
    DOWNGRADE,
    STAMP
  }

  private final RevisionGraph graph;
  private final Database database;
  private final Kind kind;
  private final boolean purge;
  private final JavaMigrationLoader javaRevisions;
  private final String devUrl;

  public MigrateCommand(RevisionGraph graph, Database database, Kind kind, boolean purge) {
    this(graph, database, kind, purge, JavaMigrationLoader.besideScripts(), "");
  }

  /**
   * As above; offline, Java revisions are compiled and loaded with {@code javaRevisions} and
   * rendered against a scratch database ({@code devUrl} for PostgreSQL; may be empty).
   */
  public MigrateCommand(RevisionGraph graph, Database database, Kind kind, boolean purge,
      JavaMigrationLoader javaRevisions, String devUrl) {
    this.javaRevisions = javaRevisions;
    this.devUrl = devUrl;
    this.graph = graph;
    this.database = database;
    this.kind = kind;
    this.purge = purge;
  }

  /** Runs against the live database; the plan is made after the lock is taken. */
  public Plan run(Runner runner, String target) {
    if (kind == Kind.DOWNGRADE && database.url().isMissingSqliteFile()) {
      // nothing is applied to a SQLite database that does not exist, so a downgrade has no step (a
      // target that is not applied fails as on an empty database), and no file is created for nothing
      return plan(Set.of(), target);
    }
    return runner.run(rows -> plan(rows, target), kind == Kind.STAMP && purge);
  }

  /**
   * The plan against the database's current rows, without running or locking; refused with the
   * run's own error when the run would refuse it before its first step (see {@link Preflight}).
   */
  public Plan planOnly(String target) {
    DatabaseState state = DatabaseState.read(database.url(), database.dialect(), database.options().versionTable(),
        kind == Kind.STAMP && purge);
    Plan plan = plan(state.rows(), target);
    new Preflight(graph, database.dialect(), javaRevisions).check(plan, state, database.options());
    return plan;
  }

  /**
   * The offline script for {@code from:to} (or a target, planned from base for upgrade; downgrade
   * needs a range, since there is no database to start from).
   */
  public String offline(String rangeText) {
    Collection<RevisionId> start;
    String target;
    int colon = rangeText.indexOf(':');
    if (colon >= 0) {
      TargetRange range = TargetRange.parse(rangeText);
      start = range.from() == null ? Set.of() : new dev.retort.graph.TargetResolver(graph, Set.of()).resolve(range.from()).ids();
      target = rangeText.substring(colon + 1).isBlank() ? "heads" : rangeText.substring(colon + 1).strip();
    } else if (kind == Kind.DOWNGRADE) {
      throw new OfflineRangeException(rangeText);
    } else {
      start = List.of();
      target = rangeText;
    }
    Plan plan = plan(start, target);
    // Java revisions render by running against an empty database of the same kind: one in memory where the
    // dialect has it (SQLite, H2), else dev_url (a database server cannot be conjured offline).
    DatabaseUrl scratch = database.dialect().inMemoryDatabase("retort_offline_" + java.util.UUID.randomUUID().toString().replace("-", ""))
        .orElseGet(() -> devUrl == null || devUrl.isBlank() ? null : DatabaseUrl.parse(devUrl, Path.of("").toAbsolutePath()));
    return new OfflineSqlWriter(graph, database.dialect(), database.options(), javaRevisions, scratch).render(plan);
  }

  private Plan plan(Collection<RevisionId> rows, String target) {
    SquashPlanner planner = new SquashPlanner(graph);
    return switch (kind) {
      case UPGRADE -> planner.upgrade(rows, target);
      case DOWNGRADE -> planner.downgrade(rows, target);
      case STAMP -> planner.stamp(rows, target, purge);
    };
  }
}
