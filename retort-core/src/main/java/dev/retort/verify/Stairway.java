package dev.retort.verify;

import dev.retort.autogen.source.SnapshotReader;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import dev.retort.plan.Planner;
import dev.retort.plan.Plan;
import dev.retort.run.RunListener;
import dev.retort.run.RunOptions;
import dev.retort.run.Runner;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.script.JavaMigrationLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Walks every revision up from base one at a time on an empty database; after each upgrade it
 * downgrades that revision, checks by reflection that the schema is the one from before the
 * upgrade, and upgrades it again (the "stairway"). Then it downgrades everything and checks the
 * schema is empty again. The first failure stops the walk: later revisions are not run.
 */
public final class Stairway {
  private final RevisionGraph graph;
  private final Dialect dialect;
  private final DatabaseUrl url;
  private final RunOptions options;
  private final JavaMigrationLoader javaRevisions;
  private final SnapshotReader reader;
  private final SchemaChanges changes;

  /**
   * @param graph the project's revisions, with checksums
   * @param dialect the database's dialect
   * @param url an empty database the walk may write to
   * @param options the project's run options (version table, transactions)
   * @param javaRevisions how Java revisions are compiled and loaded
   * @param changes how two schemas differ, in the diff's words
   */
  public Stairway(RevisionGraph graph, Dialect dialect, DatabaseUrl url, RunOptions options,
      JavaMigrationLoader javaRevisions, SchemaChanges changes) {
    this.graph = graph;
    this.dialect = dialect;
    this.url = url;
    this.options = options;
    this.javaRevisions = javaRevisions;
    this.reader = new SnapshotReader(dialect, options.versionTable());
    this.changes = changes;
  }

  /**
   * Walks the revisions with {@code settings}.
   *
   * @throws VerifyException RT-T002 when a seed file cannot be read (before anything runs)
   */
  public StairwayResult walk(VerifySettings settings) {
    Map<RevisionId, SeedFile> seeds = new java.util.HashMap<>();
    settings.seeds().forEach((id, file) -> seeds.put(id, SeedFile.read(id, file)));
    Traversal traversal = new Traversal(graph);
    Set<RevisionId> floor = settings.minRevision()
        .map(min -> traversal.ancestorsOrSelf(List.of(min), Traversal.Edges.PARENTS_AND_DEPENDENCIES))
        .orElse(Set.of());
    SchemaSnapshot empty = reader.read(url);
    SchemaSnapshot before = empty;
    SchemaSnapshot atFloor = settings.minRevision().isEmpty() ? empty : null;
    Set<RevisionId> applied = new HashSet<>();
    List<RevisionReport> reports = new ArrayList<>();
    boolean stopped = false;
    for (RevisionId id : graph.topologicalOrder()) {
      if (stopped) {
        reports.add(RevisionReport.notRun(id));
        continue;
      }
      List<CheckResult> checks = new ArrayList<>();
      Optional<SchemaSnapshot> after = step(id, before, seeds.get(id), noStairway(id, settings, floor), checks);
      reports.add(new RevisionReport(id, checks));
      if (after.isEmpty()) {
        stopped = true;
        continue;
      }
      before = after.get();
      applied.add(id);
      if (applied.equals(floor)) {
        atFloor = before;
      }
    }
    if (stopped) {
      return new StairwayResult(reports, CheckResult.notRun("base"), Optional.empty());
    }
    return new StairwayResult(reports, downToFloor(settings.minRevision(), atFloor), Optional.of(before));
  }

  /** Why {@code id} gets no stairway, or empty when it gets one. */
  private static Optional<String> noStairway(RevisionId id, VerifySettings settings, Set<RevisionId> floor) {
    if (settings.skip().contains(id)) {
      return Optional.of("skipped (--skip " + id + ")");
    }
    if (floor.contains(id)) {
      return Optional.of("skipped: at or below --min-revision " + settings.minRevision().orElseThrow());
    }
    return Optional.empty();
  }

  /** One revision: seed, upgrade, then the stairway; the schema after it, or empty when a check failed. */
  private Optional<SchemaSnapshot> step(RevisionId id, SchemaSnapshot before, SeedFile seed, Optional<String> noStairway,
      List<CheckResult> checks) {
    if (seed != null) {
      Optional<CheckResult> failed = seed.run(url);
      if (failed.isPresent()) {
        checks.add(failed.get());
        return Optional.empty();
      }
      checks.add(CheckResult.passed("seed", ""));
    }
    if (!run("upgrade", "", Steps.upgrade(graph, id), checks)) {
      return Optional.empty();
    }
    SchemaSnapshot after = reader.read(url);
    if (noStairway.isPresent()) {
      checks.add(CheckResult.skipped("stairway", noStairway.get()));
      return Optional.of(after);
    }
    if (!run("downgrade", "", Steps.downgrade(graph, id), checks)) {
      return Optional.empty();
    }
    List<String> left = changes.between(before, reader.read(url));
    if (!left.isEmpty()) {
      checks.add(CheckResult.failed("stairway", "downgrade of " + id + " does not restore the schema from before its"
          + " upgrade: " + StairwayText.summary(left), StairwayText.details(left)));
      return Optional.empty();
    }
    if (!run("stairway", "upgrade again after the downgrade: ", Steps.upgrade(graph, id), checks)) {
      return Optional.empty();
    }
    SchemaSnapshot again = reader.read(url);
    List<String> drift = changes.between(after, again);
    if (!drift.isEmpty()) {
      checks.add(CheckResult.failed("stairway", "upgrade of " + id + " after its downgrade gives another schema than"
          + " the first time: " + String.join("; ", drift), drift));
      return Optional.empty();
    }
    checks.add(CheckResult.passed("stairway", ""));
    return Optional.of(again);
  }

  /** Runs one plan; records the check as failed (and returns false) when it throws, else records an upgrade or downgrade as passed. */
  private boolean run(String check, String prefix, Function<SortedSet<RevisionId>, Plan> planner,
      List<CheckResult> checks) {
    try {
      new Runner(graph, dialect, url, options, RunListener.silent(), javaRevisions).run(planner);
    } catch (RetortException e) {
      checks.add(CheckResult.failed(check, prefix + StairwayText.error(e), e.details()));
      return false;
    }
    if (!check.equals("stairway")) {
      checks.add(CheckResult.passed(check, ""));
    }
    return true;
  }

  /** Downgrades to base (or {@code --min-revision}) and compares the schema with the one recorded there. */
  private CheckResult downToFloor(Optional<RevisionId> min, SchemaSnapshot expected) {
    String target = min.map(RevisionId::value).orElse("base");
    try {
      new Runner(graph, dialect, url, options, RunListener.silent(), javaRevisions)
          .run(rows -> new Planner(graph).downgrade(rows, target));
    } catch (RetortException e) {
      return CheckResult.failed("base", "downgrade to " + target + " fails: " + StairwayText.error(e), e.details());
    }
    if (expected == null) {
      return CheckResult.passed("base", "downgrade to " + target + " ran; its schema was not compared (other branches"
          + " stay applied there)");
    }
    List<String> left = changes.between(expected, reader.read(url));
    if (!left.isEmpty()) {
      String what = min.isEmpty() ? "an empty schema" : "the schema " + target + " had when it was upgraded";
      return CheckResult.failed("base", "downgrade to " + target + " does not leave " + what + ": "
          + StairwayText.summary(left), StairwayText.details(left));
    }
    return CheckResult.passed("base", min.isEmpty() ? "downgrade to base leaves an empty schema"
        : "downgrade to " + target + " leaves the schema it had when it was upgraded");
  }
}
