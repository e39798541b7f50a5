package dev.retort.command;

import dev.retort.dialect.DialectRegistry;
import dev.retort.plan.Plan;
import dev.retort.run.DatabaseState;
import dev.retort.run.RunListener;
import dev.retort.run.Runner;
import dev.retort.config.RetortConfig;
import dev.retort.graph.Resolved;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetResolver;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.script.JavaRevisionCompiler;
import dev.retort.script.ScriptDirectory;
import java.util.List;
import dev.retort.lint.Finding;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.Linter;
import dev.retort.lint.RuleInfo;

/**
 * The engine facade behind the public API (dev.retort.api.Retort): one instance per project. It
 * reads the script directory once, on first use, and holds no global state.
 */
public final class Project {
  private final RetortConfig config;
  private final DialectRegistry dialects;
  private final boolean checksums;
  private final javax.sql.DataSource dataSource;
  private final List<dev.retort.run.callback.CallbackHandler> callbackHandlers;
  private RevisionGraph graph;
  private Database database;
  private JavaMigrationLoader javaRevisions;
  /** What the targets of a fleet share (files read once), or null: read on each use. */
  private FleetTargetDatabase.Shared shared;

  private Project(RetortConfig config, DialectRegistry dialects, boolean checksums, javax.sql.DataSource dataSource) {
    this(config, dialects, checksums, dataSource, List.of());
  }

  private Project(RetortConfig config, DialectRegistry dialects, boolean checksums, javax.sql.DataSource dataSource,
      List<dev.retort.run.callback.CallbackHandler> callbackHandlers) {
    this.callbackHandlers = List.copyOf(callbackHandlers);
    this.config = config;
    this.dialects = dialects;
    this.checksums = checksums;
    this.dataSource = dataSource;
  }

  /** A project with the dialects found on the class path. */
  public static Project open(RetortConfig config) {
    return new Project(config, DialectRegistry.loadInstalled(), true, null);
  }

  /** A project with the given dialects. */
  public static Project open(RetortConfig config, DialectRegistry dialects) {
    return new Project(config, dialects, true, null);
  }

  /**
   * The same project for showing the graph only: scripts are read without checksums (each
   * revision's {@code checksum()} is empty), which a short command such as {@code heads} notices.
   * Commands that record or compare checksums (upgrade, downgrade, stamp, status) refuse to run
   * on it.
   */
  public Project withoutChecksums() {
    return new Project(config, dialects, false, dataSource, callbackHandlers);
  }

  /** The same project on another database URL; a data source given before is no longer used. */
  public Project withUrl(String url) {
    return sharingFiles(new Project(config.withUrl(url), dialects, checksums, null, callbackHandlers));
  }

  /**
   * The same project on one target of a fleet: {@code url} and, for schema per tenant, {@code
   * schema}. The files this project read (graph and checksums, Java revisions, callbacks,
   * repeatables) are read here once, if not yet, and shared by every target's project, which
   * reads nothing again; several targets may run at once.
   *
   * @throws dev.retort.fleet.FleetException RT-F004 when the target's database has no schemas
   */
  public synchronized Project forTarget(String url, java.util.Optional<String> schema) {
    if (shared == null) {
      javaRevisions = javaLoader().sharedAcrossRuns();
      shared = new FleetTargetDatabase.Shared(checksummedGraph(), javaRevisions, callbacks(), repeatables(),
          dev.retort.run.ScriptCache.shared(), new dev.retort.run.TenantSessions());
    }
    RetortConfig targetConfig = config.withUrl(url);
    Project target = new Project(targetConfig, dialects, true, null, callbackHandlers);
    target.graph = shared.graph();
    target.javaRevisions = shared.javaRevisions();
    target.shared = shared;
    target.database = FleetTargetDatabase.of(Database.of(targetConfig, dialects, null), schema, shared.sessions());
    return target;
  }

  /** Closes the database sessions the fleet's targets left for reuse (see {@link #forTarget}). */
  public synchronized void closeFleetSessions() {
    if (shared != null) {
      shared.sessions().close();
    }
  }

  /** The same project with another class path for JPA entities. */
  public Project withClasspath(List<java.nio.file.Path> entries) {
    return new Project(config.withClasspath(entries), dialects, checksums, dataSource, callbackHandlers);
  }

  /** The same project on an application's own connection pool instead of the configured URL. */
  public Project withDataSource(javax.sql.DataSource pool) {
    return sharingFiles(new Project(config, dialects, checksums, pool, callbackHandlers));
  }

  /** The same project with Java callbacks, run after the SQL callback files at each event. */
  public Project withCallbacks(List<dev.retort.run.callback.CallbackHandler> handlers) {
    return sharingFiles(new Project(config, dialects, checksums, dataSource, handlers));
  }

  /**
   * {@code variant} (this project on another database or with other callbacks: the same files)
   * with the graph this project has read, if it has: the files are not read again.
   */
  private Project sharingFiles(Project variant) {
    variant.graph = graph;
    return variant;
  }

  /**
   * The callbacks a run fires: the SQL files of {@code callback_locations} (default {@code
   * <script_location>/callbacks}), then the Java callbacks given.
   */
  public dev.retort.run.callback.Callbacks callbacks() {
    if (shared != null) {
      return shared.callbacks();
    }
    return new dev.retort.run.callback.Callbacks(
        dev.retort.run.callback.CallbackFiles.read(config.callbackLocations()), callbackHandlers);
  }

  /** The configured database with the callbacks, for commands that run or render revisions. */
  private Database runDatabase() {
    Database db = database();
    return new Database(db.url(), db.dialect(), db.options().withCallbacks(callbacks()));
  }

  /** The configured database (URL, dialect, run options); nothing is connected yet. */
  public Database database() {
    if (database == null) {
      database = Database.of(config, dialects, dataSource);
    }
    return database;
  }

  /**
   * The database URL as it may be shown (any password replaced by {@code ***}); read from the
   * configuration without parsing it, or from a connection of the data source when there is one.
   */
  public String redactedUrl() {
    return dataSource != null ? database().url().redacted() : dev.retort.dialect.DatabaseUrl.redact(config.url());
  }

  /** A runner for one live command; keep it to ask it to stop on a signal. */
  public Runner newRunner(RunListener listener) {
    Database db = runDatabase();
    return new Runner(checksummedGraph(), db.dialect(), db.url(), db.options(), listener, javaLoader(),
        new dev.retort.run.repeatable.RepeatableSet(repeatables(),
            new dev.retort.run.repeatable.PlaceholderSubstitution(database().options().placeholders())))
        .sharingScripts(shared == null ? dev.retort.run.ScriptCache.NONE : shared.scripts());
  }

  /** The repeatable revisions ({@code repeatable_locations}, default {@code <script_location>/repeatable}), by name. */
  public List<dev.retort.run.repeatable.RepeatableScript> repeatables() {
    if (shared != null) {
      return shared.repeatables();
    }
    return dev.retort.run.repeatable.RepeatableFiles.read(config.repeatableLocations());
  }

  /** The checksum {@code retort_repeatable} records for each applied repeatable revision (a read, no lock). */
  public java.util.Map<String, String> repeatableChecksums() {
    return dev.retort.run.RepeatableChecksums.read(database().url(), database().dialect());
  }

  /**
   * Compiles and loads Java revisions, caching classes under {@code <script_location>/.retort-cache}
   * (a hidden folder, so discovery skips it; {@code retort init} puts it in {@code .gitignore}).
   */
  public JavaMigrationLoader javaLoader() {
    if (javaRevisions == null) {
      javaRevisions = new JavaMigrationLoader(new JavaRevisionCompiler(),
          config.scriptLocation().resolve(JavaMigrationLoader.CACHE_FOLDER));
    }
    return javaRevisions;
  }

  /** Uses {@code loader} for Java revisions (embedders and tests: another compiler or cache). */
  public Project withJavaLoader(JavaMigrationLoader loader) {
    this.javaRevisions = loader;
    return this;
  }

  /** Runs upgrade, downgrade or stamp on the live database; returns the steps run. */
  public Plan migrate(Runner runner, MigrateCommand.Kind kind, String target, boolean purge) {
    return new MigrateCommand(checksummedGraph(), database(), kind, purge).run(runner, target);
  }

  /** What the command would do now, without running it. */
  public Plan plan(MigrateCommand.Kind kind, String target, boolean purge) {
    return new MigrateCommand(checksummedGraph(), database(), kind, purge, javaLoader(), config.devUrl()).planOnly(target);
  }

  /** The offline SQL script for a range ({@code from:to}) or target. */
  public String offlineSql(MigrateCommand.Kind kind, String range, boolean purge) {
    Database db = runDatabase();
    String script = new MigrateCommand(checksummedGraph(), db, kind, purge, javaLoader(), config.devUrl())
        .offline(range);
    if (kind == MigrateCommand.Kind.UPGRADE && endsAtHeads(range)) {
      script += new dev.retort.run.repeatable.OfflineRepeatables(database().dialect(),
          new dev.retort.run.repeatable.PlaceholderSubstitution(database().options().placeholders()))
          .render(repeatables());
    }
    dev.retort.run.RunOptions options = db.options();
    dev.retort.run.callback.OfflineCallbacks callbacks = new dev.retort.run.callback.OfflineCallbacks(
        options.callbacks().prepared(options.placeholders()), database().dialect().capabilities().transactionalDdl(),
        database().dialect().sqlSyntax());
    return script + dev.retort.run.callback.CallbackEvent.after(kind.name().toLowerCase(java.util.Locale.ROOT))
        .map(callbacks::alone).orElse("");
  }

  /** Whether an offline range or target ends at the heads (the only scripts repeatables are written into). */
  private static boolean endsAtHeads(String range) {
    String target = range.substring(range.indexOf(':') + 1).strip();
    return target.isEmpty() || target.equals("heads") || target.equals("head");
  }

  /**
   * Compares two schema sources ({@code check}, {@code diff}); built snapshots of migrations and
   * schema files are kept in {@code cache} when given.
   */
  public Comparison compare(
      SourceSpec current, SourceSpec desired,
      java.util.Optional<dev.retort.autogen.source.SnapshotCache> cache) {
    CompareCommand command = new CompareCommand(config, dialects)
        .withJavaLoader(javaLoader());
    cache.ifPresent(command::withCache);
    return command.compare(current, desired);
  }

  /**
   * {@code revision --autogenerate}: writes {@code comparison} as a new revision; empty (no file)
   * when there is nothing to do.
   */
  public java.util.Optional<java.nio.file.Path> autogenerate(RevisionRequest request,
      Comparison comparison) {
    java.util.Optional<java.nio.file.Path> file =
        new AutogenerateCommand(config, graph()).write(request, comparison);
    file.ifPresent(f -> graph = null);
    return file;
  }

  /** What the database records: version rows, history, unresolved steps (not the version column's width). */
  public DatabaseState databaseState() {
    Database db = database();
    return DatabaseState.recorded(db.url(), db.dialect(), db.options().versionTable());
  }

  /** The configured database as {@code lint --url} sees it (version rows, checksums, width, column types); read-only. */
  public dev.retort.lint.LintDatabase lintDatabase() {
    Database db = database();
    return dev.retort.run.LintDatabaseReader.read(db.url(), db.dialect(), db.options().versionTable());
  }

  /** Writes a new revision file on top of the graph; returns its path. */
  public java.nio.file.Path revision(RevisionRequest request) {
    java.nio.file.Path file = new RevisionCommand(config, graph()).revision(request);
    graph = null;
    return file;
  }

  /** Writes a merge revision of the given heads ({@code heads}: all of them); returns its path. */
  public java.nio.file.Path merge(List<String> revisions, String message, String revId, List<String> branchLabels) {
    java.nio.file.Path file = new RevisionCommand(config, graph()).merge(revisions, message, revId,
        branchLabels);
    graph = null;
    return file;
  }

  /** {@code retort squash FROM:TO}: writes the squash revision of the range; returns its path. */
  public java.nio.file.Path squash(SquashRequest request) {
    java.nio.file.Path file = new SquashCommand(config, checksummedGraph(), this::database, javaLoader()).squash(request);
    graph = null;
    return file;
  }

  /**
   * {@code retort squash --prune}: prunes the squash {@code which} names (null: every one), after
   * checking the database, when one is configured or given, no longer needs the old revisions.
   */
  public List<PrunedSquash> pruneSquash(String which) {
    boolean hasDatabase = dataSource != null || (config.url() != null && !config.url().isBlank());
    java.util.Optional<java.util.function.Supplier<DatabaseState>> state =
        hasDatabase ? java.util.Optional.of(this::databaseState) : java.util.Optional.empty();
    List<PrunedSquash> pruned = new SquashPrune(config, graph(), state, hasDatabase ? redactedUrl() : "").prune(which);
    graph = null;
    return pruned;
  }

  /**
   * {@code retort resolve}: settles the unresolved record of {@code revision} (an id or unique
   * prefix) as applied (the version table moves as the step would have) or rolled back.
   */
  public dev.retort.run.StartedResolution.Outcome resolve(String revision, boolean applied) {
    Database db = database();
    return new dev.retort.run.StartedResolution(db.url(), db.dialect(), db.options())
        .resolve(checksummedGraph(), revision, applied);
  }

  /**
   * The error (RT-V040) the next upgrade, downgrade or stamp would give because a step that ran
   * outside a transaction is unresolved; empty when none is.
   */
  public java.util.Optional<dev.retort.error.RetortException> unresolvedError() {
    DatabaseState state = databaseState();
    return state.unresolved().isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(dev.retort.run.UnresolvedRevisionException.refusal(state, graph()));
  }

  /**
   * {@code retort import-alembic}: this Alembic project as a Retort project in {@code to} (default
   * {@code retort/} beside the Alembic configuration), its SQL rendered for {@code dialect} by
   * {@code python}'s Alembic when it has one.
   */
  public ImportReport importAlembic(java.util.Optional<java.nio.file.Path> to, java.util.Optional<String> dialect,
      java.util.Optional<String> python, boolean force) {
    return new AlembicImport(config, this::graph).run(to, dialect, python, force);
  }

  /** Creates a new project in {@code dir}; returns what it created. */
  public static List<java.nio.file.Path> init(java.nio.file.Path dir) {
    return InitCommand.init(dir);
  }

  /** Each revision's state in the database, oldest first; missing scripts last. */
  public List<StatusEntry> status() {
    StatusQuery query = new StatusQuery(checksummedGraph());
    return query.status(databaseState());
  }

  /** As {@link #status()}, from a state read already (a run's own, under its lock). */
  public List<StatusEntry> status(DatabaseState state) {
    return new StatusQuery(checksummedGraph()).status(state);
  }

  /**
   * Records the current checksum of edited applied revisions: those named (every one must be
   * edited), or, without names, all of them ({@code repair}); with {@code dryRun}, only reports.
   */
  public List<AcceptedChecksum> accept(java.util.Optional<List<String>> ids, boolean dryRun) {
    return new ChecksumAcceptance(checksummedGraph(), database()).accept(ids, dryRun);
  }

  /**
   * {@code rename-revision}, {@code rewrite-ids}: an id rewrite on this project's files and, unless
   * {@code filesOnly}, its database. The graph is read again after a rewrite.
   */
  public IdRewriteCommand idRewrite(boolean filesOnly) {
    java.util.Optional<dev.retort.run.DatabaseIdRewrite> db = filesOnly
        ? java.util.Optional.empty()
        : java.util.Optional.of(new dev.retort.run.DatabaseIdRewrite(database().url(), database().dialect(),
            database().options()));
    IdRewriteCommand command = new IdRewriteCommand(graph(), db, config.versionTable(), new java.security.SecureRandom());
    graph = null;
    return command;
  }

  /** Where {@code rewrite-ids} writes its mapping by default: {@code retort-id-mapping.json} beside the configuration. */
  public java.nio.file.Path defaultIdMappingFile() {
    return config.baseFolder().resolve(IdMappingFile.DEFAULT_NAME);
  }

  /**
   * {@code retort verify}: the heads, the stairway of every revision on a scratch database (or the
   * throwaway database of {@code options.url()}), the downgrade to base and the desired schema.
   */
  public dev.retort.verify.VerifyReport verify(VerifyOptions options) {
    return new VerifyCommand(config, dialects, checksummedGraph(), javaLoader()).verify(options);
  }

  public RetortConfig config() {
    return config;
  }

  /**
   * The validated revision graph of the script directory (read on first call); without checksums
   * when this project came from {@link #withoutChecksums()}.
   */
  public RevisionGraph graph() {
    if (graph == null) {
      ScriptDirectory scripts = ProjectScripts.of(config);
      graph = (checksums ? scripts : scripts.withoutChecksums()).graph();
    }
    return graph;
  }

  private RevisionGraph checksummedGraph() {
    if (!checksums) {
      throw new IllegalStateException("this project reads scripts without checksums; use a project read with checksums for commands that record or compare them");
    }
    return graph();
  }

  /** The heads; with {@code resolveDependencies}, only heads no revision depends on. */
  public List<Revision> heads(boolean resolveDependencies) {
    RevisionGraph g = graph();
    return revisions(resolveDependencies ? g.effectiveHeads() : g.heads());
  }

  /** Branch points, newest first. */
  public List<Revision> branchPoints() {
    List<RevisionId> points = new java.util.ArrayList<>(graph().branchPoints());
    java.util.Collections.reverse(points);
    return revisions(points);
  }

  /**
   * History, newest first; {@code range} may be null for all of it. A range relative to the
   * database ({@code current:}, {@code -2:}) reads the version rows; others never connect.
   */
  public List<Revision> history(String range) {
    if (range == null) {
      return revisions(new HistoryQuery(graph(), null).all());
    }
    try {
      return revisions(new HistoryQuery(graph(), null).range(range));
    } catch (dev.retort.graph.NeedsDatabaseException needsDatabase) {
      // with squashes, the history of the graph the database reads (the old chain, part-way through it)
      var view = dev.retort.plan.SquashView.of(graph(), databaseState().rows());
      var rows = view.rows();
      var missing = rows.stream().filter(id -> !view.graph().contains(id)).toList();
      if (!missing.isEmpty()) {
        throw dev.retort.plan.PlanException.missingScripts(missing);
      }
      return revisions(new HistoryQuery(view.graph(), rows).range(range));
    }
  }

  /** The revisions a target names (several for {@code heads}); none for a base. */
  public List<Revision> show(String target) {
    Resolved resolved = new TargetResolver(graph(), null).resolve(target);
    return revisions(resolved.base() ? List.of() : resolved.ids());
  }

  private List<Revision> revisions(List<RevisionId> ids) {
    RevisionGraph g = graph();
    return ids.stream().map(g::get).toList();
  }

  /**
   * {@code retort lint}: every finding of every rule, after the {@code [lint]} levels and ignore
   * comments; with {@code onlyFiles}, only findings on those files and project-wide ones.
   */
  public List<Finding> lint(
      java.util.Optional<LintDatabase> database, java.util.Set<java.nio.file.Path> onlyFiles) {
    return new LintCommand(Linter.standard(), dialects).lint(config, database, onlyFiles);
  }

  /**
   * {@code retort lint} with the project's baseline ({@link RetortConfig#lintBaseline()}): the
   * findings the baseline does not record, how many it suppressed and which of its entries match
   * nothing any more (only counted without {@code onlyFiles}). Without a baseline file, every
   * finding.
   */
  public dev.retort.lint.LintReport lintWithBaseline(
      java.util.Optional<LintDatabase> database, java.util.Set<java.nio.file.Path> onlyFiles) {
    LintCommand.Result result = new LintCommand(Linter.standard(), dialects).check(config, database, onlyFiles);
    LintBaselineFile file = new LintBaselineFile(config.lintBaseline());
    return file.read()
        .map(b -> b.filter(result.findings(), result.keys(), onlyFiles.isEmpty()))
        .map(f -> new dev.retort.lint.LintReport(f.findings(), f.suppressed(), f.stale().size(), java.util.Optional.of(file.path())))
        .orElseGet(() -> new dev.retort.lint.LintReport(result.findings(), 0, 0, java.util.Optional.empty()));
  }

  /** {@code retort lint --baseline}: records every finding of the project; returns how many. */
  public int writeLintBaseline(java.util.Optional<LintDatabase> database) {
    LintCommand.Result result = new LintCommand(Linter.standard(), dialects).check(config, database, java.util.Set.of());
    new LintBaselineFile(config.lintBaseline())
        .write(dev.retort.lint.Baseline.of(result.findings(), result.keys()));
    return result.findings().size();
  }

  /** The files of {@code lint --since X}: X is a revision (its descendants' files) or a git ref (files added since). */
  public java.util.Set<java.nio.file.Path> lintSince(String since) {
    return lintSince().files(since);
  }

  /** The files of {@code lint --since-revision X}: the files of X's descendants. */
  public java.util.Set<java.nio.file.Path> lintSinceRevision(String since) {
    return lintSince().revisionFiles(since);
  }

  private LintSince lintSince() {
    java.nio.file.Path folder = config.configFile().map(java.nio.file.Path::getParent).orElse(config.scriptLocation());
    return new LintSince(this::graph, new GitChanges(folder));
  }

  /** What each lint rule is (code, name, default severity, summary), by code. */
  public List<RuleInfo> lintRules() {
    return Linter.standard().rules();
  }

  /** The files git says were added since {@code ref} (committed since, or untracked), for {@code lint --since}. */
  public java.util.Set<java.nio.file.Path> addedSince(String ref) {
    java.nio.file.Path folder = config.configFile().map(java.nio.file.Path::getParent).orElse(config.scriptLocation());
    return new GitChanges(folder).addedSince(ref);
  }
}
