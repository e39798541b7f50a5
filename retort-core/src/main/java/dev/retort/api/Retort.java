package dev.retort.api;

import dev.retort.autogen.source.SnapshotCache;
import dev.retort.command.Comparison;
import dev.retort.command.GraphDrawing;
import dev.retort.command.Project;
import dev.retort.config.RetortConfig;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.LintReport;
import dev.retort.plan.PlanException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Retort's public API: one project (its revisions, its database) and every command on it. The
 * command line, the Maven plugin and the Spring Boot starter use this class and the value types of
 * this package only. Build one with {@link #configure()}; it holds no global state and reads the
 * revision files once, on first use.
 */
public final class Retort {
  private final Project project;
  private final Optional<Path> snapshotCache;

  Retort(Project project, Optional<Path> snapshotCache) {
    this.project = project;
    this.snapshotCache = snapshotCache;
  }

  /** Starts configuring a project from code (or from a {@code retort.toml}). */
  public static RetortBuilder configure() {
    return new RetortBuilder();
  }

  /** Creates a new project in {@code folder} ({@code retort init}); returns what it created. */
  public static List<Path> init(Path folder) {
    return Project.init(folder);
  }

  /**
   * {@code retort import-alembic}: writes this Alembic project (configured by {@code alembic.ini}
   * or {@code pyproject.toml}) as a Retort project: same ids, graph, labels, dependencies and
   * messages, {@code version_table = "alembic_version"}. Each revision's SQL comes from Alembic's
   * offline mode for {@code dialect} (default: the URL's) when {@code python} (default {@code
   * python3}) imports Alembic; otherwise its Python is kept in comments and it is marked incomplete.
   *
   * @param to the folder to write (default: {@code retort/} beside the Alembic configuration)
   * @param force write into a folder that holds files (its {@code retort.toml} and SQL revisions are replaced)
   * @throws dev.retort.error.RetortException (RT-S040) when this is no Alembic project, the folder
   *     holds files, or the dialect is unknown
   */
  public AlembicImport importAlembic(Optional<Path> to, Optional<String> dialect, Optional<String> python,
      boolean force) {
    dev.retort.command.ImportReport report = project.importAlembic(to, dialect, python, force);
    return new AlembicImport(report.folder(), report.configFile(), report.versionTable(), report.dialect(), report.python(),
        report.pythonProblem(), report.revisions().stream().map(r -> new AlembicImport.ImportedRevision(r.id(),
            r.file(), r.incomplete().isEmpty() ? Optional.empty() : Optional.of(r.incomplete()))).toList());
  }

  // ---- the database

  /** Upgrades the database to {@code target} ({@code heads}, {@code head}, {@code +2}, a revision, ...). */
  public MigrationResult upgrade(String target) {
    return prepare(Direction.UPGRADE, target, false, MigrationListener.silent()).execute();
  }

  /** Downgrades the database to {@code target} ({@code base}, {@code -1}, a revision, ...). */
  public MigrationResult downgrade(String target) {
    return prepare(Direction.DOWNGRADE, target, false, MigrationListener.silent()).execute();
  }

  /** Records {@code target} in the version table without running any revision. */
  public MigrationResult stamp(String target) {
    return prepare(Direction.STAMP, target, false, MigrationListener.silent()).execute();
  }

  /**
   * Prepares a run that a caller may stop from another thread; {@code purge} (stamp only) empties
   * the version table first, whatever it holds.
   */
  public MigrationRun prepare(Direction direction, String target, boolean purge, MigrationListener listener) {
    return new MigrationRun(project, direction, target, purge, listener);
  }

  /** What the command would do now, without doing it (reads the version table). */
  public MigrationPlan plan(Direction direction, String target, boolean purge) {
    return Values.plan(project.graph(), direction, project.plan(Values.kind(direction), target, purge));
  }

  /** The SQL script for a range ({@code from:to}) or target, without connecting (offline mode). */
  public String offlineSql(Direction direction, String range, boolean purge) {
    return project.offlineSql(Values.kind(direction), range, purge);
  }

  /** Each revision's state in the database, oldest first; revisions no file has last. */
  public List<RevisionStatus> status() {
    RevisionGraph graph = project.graph();
    return project.status().stream().map(e -> Values.status(graph, e)).toList();
  }

  /**
   * Each repeatable revision ({@code <script_location>/repeatable}) and its state in the database,
   * by name; reads {@code retort_repeatable}.
   */
  public List<RepeatableStatus> repeatables() {
    List<dev.retort.run.repeatable.RepeatableScript> scripts = project.repeatables();
    java.util.Map<String, String> recorded = scripts.isEmpty() ? java.util.Map.of() : project.repeatableChecksums();
    return scripts.stream().map(s -> new RepeatableStatus(s.name(), s.path(), s.message(),
        RepeatableState.valueOf(dev.retort.run.repeatable.RepeatableState.of(s, recorded).name()), s.checksum(),
        recorded.getOrDefault(s.name(), ""))).toList();
  }

  /**
   * Records a deliberate edit of each named applied revision (full ids or unique prefixes): its
   * file's current checksum becomes the reference, in an {@code accept} history row that keeps the
   * old checksum in {@code previous_checksum}. Runs under the migration lock; records nothing
   * unless every named revision is applied and edited.
   *
   * @throws dev.retort.error.RetortException (RT-V020) when a named revision is pending or not edited
   */
  public List<AcceptedRevision> accept(List<String> revisions) {
    return accept(revisions, false);
  }

  /** As {@link #accept(List)}; with {@code dryRun}, reports what it would record and writes nothing. */
  public List<AcceptedRevision> accept(List<String> revisions, boolean dryRun) {
    return accepted(project.accept(Optional.of(List.copyOf(revisions)), dryRun));
  }

  /**
   * Accepts every edited applied revision ({@code retort repair}); returns them, oldest first
   * (none when nothing is edited). With {@code dryRun}, writes nothing.
   */
  public List<AcceptedRevision> repair(boolean dryRun) {
    return accepted(project.accept(Optional.empty(), dryRun));
  }

  private List<AcceptedRevision> accepted(List<dev.retort.command.AcceptedChecksum> accepted) {
    RevisionGraph graph = project.graph();
    return accepted.stream().map(a -> new AcceptedRevision(Values.revision(graph, a.revision()),
        a.previousChecksum(), a.newChecksum())).toList();
  }

  /**
   * Settles a revision whose upgrade or downgrade ran outside a transaction and did not complete
   * (RT-V040 refuses every run until then), once the schema has been brought by hand to one state:
   * {@link Resolution#APPLIED} moves the version table as if the step had completed, {@link
   * Resolution#ROLLED_BACK} leaves it. Runs under the migration lock; {@code revision} is an id or
   * a unique prefix of one.
   *
   * @throws dev.retort.error.RetortException (RT-V041) when the revision has no unresolved record;
   *     (RT-V042) when {@code APPLIED} cannot move the version table as the step would have
   */
  public ResolvedRevision resolve(String revision, Resolution resolution) {
    dev.retort.run.StartedResolution.Outcome outcome = project.resolve(revision, resolution == Resolution.APPLIED);
    RevisionGraph graph = project.graph();
    String id = outcome.record().revision();
    Optional<RevisionInfo> info = RevisionId.isValid(id) && graph.contains(RevisionId.of(id))
        ? Optional.of(Values.revision(graph, graph.get(RevisionId.of(id))))
        : Optional.empty();
    return new ResolvedRevision(id, info, outcome.record().direction().equals("downgrade") ? Direction.DOWNGRADE
        : Direction.UPGRADE, resolution, Values.ids(outcome.rowsBefore()), Values.ids(outcome.rowsAfter()));
  }

  /**
   * The error (RT-V040) the next upgrade, downgrade or stamp would give because a revision that
   * ran outside a transaction did not complete; empty when there is none. {@code status} and
   * {@code current} show it as a warning.
   */
  public Optional<dev.retort.error.RetortException> unresolvedError() {
    return project.unresolvedError();
  }

  /**
   * The revisions the version table records.
   *
   * @throws dev.retort.error.RetortException when it records a revision no file has
   */
  public List<RevisionInfo> current() {
    RevisionGraph graph = project.graph();
    List<RevisionId> rows = List.copyOf(project.databaseState().rows());
    // a row of a revision a squash replaces is shown as the revision it is (its script is still there)
    List<RevisionId> missing = rows.stream()
        .filter(id -> !graph.contains(id) && graph.squashes().replacing(id).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw PlanException.missingScripts(missing);
    }
    return Values.revisions(graph, rows.stream().map(graph::get).toList());
  }

  /**
   * The revision ids the version table holds, sorted; unlike {@link #current()}, ids no file has
   * are listed too.
   */
  public List<String> versionRows() {
    return Values.ids(project.databaseState().rows());
  }

  // ---- the revision graph

  /** The heads; with {@code resolveDependencies}, only heads no revision depends on. */
  public List<RevisionInfo> heads(boolean resolveDependencies) {
    return Values.revisions(project.graph(), project.heads(resolveDependencies));
  }

  /** The branch points, newest first. */
  public List<RevisionInfo> branchPoints() {
    return Values.revisions(project.graph(), project.branchPoints());
  }

  /**
   * The history, newest first; {@code range} ({@code a:b}, {@code -2:}, {@code current:}) may be
   * empty for all of it. A range relative to the database reads the version table.
   */
  public List<RevisionInfo> history(Optional<String> range) {
    return Values.revisions(project.graph(), project.history(range.orElse(null)));
  }

  /** The revisions a target names (several for {@code heads}); none for {@code base}. */
  public List<RevisionInfo> show(String target) {
    return Values.revisions(project.graph(), project.show(target));
  }

  /** Every revision, in topological order (bases first). */
  public List<RevisionInfo> revisions() {
    RevisionGraph graph = project.graph();
    return Values.revisions(graph, graph.topologicalOrder().stream().map(graph::get).toList());
  }

  /**
   * A picture of the graph ({@code retort graph}), or of the history range {@code range} ({@code
   * a:b}, as {@link #history}); with {@code markApplied}, the revisions the database has applied
   * are marked and its version rows labelled {@code (current)} (reads the version table).
   */
  public String graph(GraphFormat format, Optional<String> range, boolean markApplied) {
    return new GraphDrawing(project).draw(Values.format(format), range.orElse(null), markApplied);
  }

  /**
   * Writes the picture of {@link #graph} to {@code file} (UTF-8, replacing it); returns the file.
   *
   * @throws dev.retort.error.RetortException (RT-A011) when the file cannot be written
   */
  public Path writeGraph(GraphFormat format, Optional<String> range, boolean markApplied, Path file) {
    return GraphDrawing.write(file, graph(format, range, markApplied));
  }

  // ---- authoring

  /** Writes a new revision on top of the graph; returns its file. */
  public Path revision(NewRevision request) {
    return project.revision(Values.request(request));
  }

  /** Writes a merge revision of {@code revisions} ({@code heads}: all heads); returns its file. */
  public Path merge(List<String> revisions, String message, Optional<String> revisionId, List<String> branchLabels) {
    return project.merge(revisions, message, revisionId.orElse(null), branchLabels);
  }

  /**
   * Renames revision {@code oldId} (an id or unique prefix) to {@code newId}: its header, its file
   * name when the name holds the id, a Java revision's {@code _<id>} class name, every {@code
   * Revises:}/{@code Depends-On:} naming it, and (unless {@code filesOnly}) the version and history
   * rows of the database, in one transaction. Everything is checked first; a failure leaves files
   * and database as they were. When the files were renamed already, only the database is brought
   * along; when that is done too, nothing changes ({@link IdRewriteResult#nothingToDo()}).
   *
   * @throws dev.retort.error.RetortException (RT-A006) when NEW is not a legal, free id; (RT-V021)
   *     when the version table holds rows no revision file has
   */
  public IdRewriteResult renameRevision(String oldId, String newId, IdRewriteOptions options) {
    return IdRewriteValues.of(project.idRewrite(options.filesOnly()).rename(oldId, newId, options.dryRun(),
        options.mappingOut()));
  }

  /**
   * Gives each selected revision a new id of 12 random hex characters, as {@link #renameRevision}
   * does for one, and writes the id mapping file ({@link IdRewriteOptions#mappingOut()}, by default
   * {@code retort-id-mapping.json} beside the configuration) for other databases.
   */
  public IdRewriteResult rewriteIds(RevisionSelection selection, IdRewriteOptions options) {
    java.nio.file.Path mapping = options.mappingOut().orElseGet(project::defaultIdMappingFile);
    return IdRewriteValues.of(project.idRewrite(options.filesOnly())
        .rewrite(IdRewriteValues.selection(selection), options.dryRun(), mapping));
  }

  /**
   * Brings this project's database along with files that {@code rewrite-ids} already rewrote:
   * renames its version and history rows as {@code mappingFile} says, in one transaction. Refuses
   * version rows that are neither old ids of the mapping nor revisions of the files.
   */
  public IdRewriteResult applyIdMapping(java.nio.file.Path mappingFile, boolean dryRun) {
    return IdRewriteValues.of(project.idRewrite(false).applyMapping(mappingFile, dryRun));
  }

  /**
   * {@code retort squash}: writes one revision that replaces the linear chain {@code FROM:TO}
   * (header {@code Replaces:}); the old revisions stay until {@link #pruneSquashes}. Returns its file.
   */
  public Path squash(NewSquash request) {
    return project.squash(new dev.retort.command.SquashRequest(request.range(), request.message(), request.concat(),
        request.revisionId().orElse(null)));
  }

  /**
   * {@code retort squash --prune}: deletes the revisions the squash {@code which} names replaces
   * (its id or its range; empty: every squash) and makes it an ordinary revision; refused while the
   * configured database still records a revision of the range.
   */
  public List<SquashPruned> pruneSquashes(Optional<String> which) {
    return project.pruneSquash(which.orElse(null)).stream().map(Values::pruned).toList();
  }

  /**
   * Compares the schema {@code current} gives with the one {@code desired} gives, both normalised
   * by a scratch database of the project's dialect.
   */
  public SchemaComparison compare(SchemaSource current, SchemaSource desired) {
    return Values.comparison(compareInternal(current, desired));
  }

  /**
   * {@code revision --autogenerate}: compares {@code current} (usually the migrations) with the
   * configured desired schema and writes the difference as a new revision, with its exact reverse
   * as downgrade; no file when there is nothing to do.
   */
  public AutogenerateResult autogenerate(NewRevision request, SchemaSource current) {
    Comparison comparison = compareInternal(current, new SchemaSource.ConfiguredSchema());
    return new AutogenerateResult(Values.comparison(comparison), project.autogenerate(Values.request(request), comparison));
  }

  private Comparison compareInternal(SchemaSource current, SchemaSource desired) {
    return project.compare(Values.spec(current), Values.spec(desired), snapshotCache.map(SnapshotCache::new));
  }

  // ---- verify

  /**
   * {@code retort verify}: upgrades every revision one at a time on a scratch database of the
   * project's dialect (or the throwaway database {@code request.url()}), downgrading and upgrading
   * each again and checking by reflection that its downgrade restores the schema from before it;
   * then downgrades to base and checks the schema is empty, and compares head with the configured
   * desired schema. Stops at the first revision that fails.
   *
   * @throws dev.retort.error.RetortException RT-T001 when {@code request.url()} holds data (unless
   *     {@code allowData}), RT-T002 when an option names no single revision or a seed file cannot be read
   */
  public VerifyResult verify(VerifyRequest request) {
    return VerifyValues.result(project.graph(), project.verify(VerifyValues.options(request)));
  }

  // ---- lint

  /**
   * Lints the project: every rule, after the {@code [lint]} levels, ignore comments and the
   * baseline file (unless {@code useBaseline} is false). With {@code withDatabase}, the database
   * rules also read the configured database. With {@code onlyFiles}, only findings on those files
   * and project-wide ones.
   */
  public LintResult lint(boolean withDatabase, boolean useBaseline, Set<Path> onlyFiles) {
    Optional<LintDatabase> database = withDatabase ? Optional.of(project.lintDatabase()) : Optional.empty();
    LintReport report = useBaseline
        ? project.lintWithBaseline(database, onlyFiles)
        : new LintReport(project.lint(database, onlyFiles), 0, 0, Optional.empty());
    return new LintResult(report.findings().stream().map(Values::finding).toList(), report.suppressed(),
        report.stale(), report.baseline());
  }

  /** Records every finding in the baseline file, so later runs report only new ones; returns how many. */
  public int writeLintBaseline(boolean withDatabase) {
    return project.writeLintBaseline(withDatabase ? Optional.of(project.lintDatabase()) : Optional.empty());
  }

  /** The files of {@code lint --since X}: X is a revision (its descendants' files) or a git ref (files added since). */
  public Set<Path> lintSince(String since) {
    return project.lintSince(since);
  }

  /** The files of {@code lint --since-revision X}: the files of X's descendants. */
  public Set<Path> lintSinceRevision(String revision) {
    return project.lintSinceRevision(revision);
  }

  /** What each lint rule checks. */
  public List<LintRule> lintRules() {
    return project.lintRules().stream().map(Values::rule).toList();
  }

  // ---- fleets

  /**
   * The fleet of this project: the {@code [fleet]} table of {@code fleetFile} when given, else of
   * the project's configuration file. {@code ${VAR}} in its values come from {@code environment};
   * a {@code names_query} runs now. Every target's URL is checked (not connected).
   *
   * @throws dev.retort.error.RetortException RT-F001 ... RT-F007 when the fleet is misconfigured
   */
  public Fleet fleet(Optional<Path> fleetFile, java.util.Map<String, String> environment) {
    Path file = fleetFile.or(() -> project.config().configFile()).orElseThrow(() -> new dev.retort.fleet.FleetException(
        dev.retort.error.ErrorCode.F005, null, "no fleet: there is no retort.toml with a [fleet] table",
        java.util.List.of(), "name a fleet file with --fleet FILE, or add [fleet] to retort.toml (see docs/fleet.md)"));
    dev.retort.config.FleetSettings settings = dev.retort.config.FleetFile.read(file);
    List<dev.retort.fleet.FleetTarget> targets = new dev.retort.fleet.FleetTargets(settings, environment,
        new dev.retort.run.NamesQueryRunner(dev.retort.dialect.DialectRegistry.loadInstalled(),
            project.config().baseFolder())::names, project.config().url()).resolve();
    for (dev.retort.fleet.FleetTarget target : targets) {
      try {
        project.forTarget(target.url(), target.schema());
      } catch (dev.retort.error.RetortException e) {
        throw new dev.retort.fleet.FleetException(e.code(), file, "fleet target '" + target.name() + "' ("
            + target.definedAt() + "): " + e.summary(), e.details(), e.hint());
      }
    }
    return new Fleet(project, settings, targets, snapshotCache);
  }

  // ---- variants and settings

  /**
   * The same project on another database URL (a command's own {@code --url}); revision files
   * already read are not read again.
   */
  public Retort withUrl(String url) {
    return new Retort(project.withUrl(url), snapshotCache);
  }

  /**
   * The same project on an application's own connection pool instead of the configured URL (as
   * {@link RetortBuilder#dataSource}); revision files already read are not read again.
   */
  public Retort withDataSource(javax.sql.DataSource pool) {
    return new Retort(project.withDataSource(pool), snapshotCache);
  }

  /**
   * The same project with these Java callbacks added (as {@link RetortBuilder#callbacks}); revision
   * files already read are not read again.
   */
  public Retort withCallbacks(List<? extends Callback> callbacks) {
    return callbacks.isEmpty() ? this : new Retort(project.withCallbacks(callbacks.stream()
        .<dev.retort.run.callback.CallbackHandler>map(CallbackAdapter::new).toList()), snapshotCache);
  }

  /**
   * Reads the revision files now (listing, headers, checksums, the graph), which otherwise happens
   * on the first command that needs them; returns this. An application may call it on another
   * thread while it starts and hand the result over through a {@link java.util.concurrent.Future}
   * (a Retort is not meant for use by two threads at once). Variants made afterwards ({@link
   * #withUrl}, {@link #withDataSource}, {@link #withCallbacks}) share what was read.
   *
   * @throws dev.retort.error.RetortException when a location does not exist or a revision file is
   *     malformed, as the first command would
   */
  public Retort readFiles() {
    project.graph();
    return this;
  }

  /** The same project with another class path for JPA entities ({@code --classpath}). */
  public Retort withClasspath(List<Path> entries) {
    return new Retort(project.withClasspath(entries), snapshotCache);
  }

  /**
   * The same project for commands that only show the graph: files are read without checksums
   * ({@link RevisionInfo#checksum()} is empty), which saves hashing every file; database commands
   * refuse to run on it.
   */
  public Retort withoutChecksums() {
    return new Retort(project.withoutChecksums(), snapshotCache);
  }

  /** The resolved configuration (the password left out). */
  public ProjectSettings settings() {
    RetortConfig config = project.config();
    return new ProjectSettings(config.configFile(), config.baseFolder(), config.scriptLocation(),
        config.versionLocations(), project.redactedUrl(), config.versionTable(), config.lockTimeout(),
        config.lintBaseline());
  }
}
