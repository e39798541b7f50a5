package dev.retort.api;

import dev.retort.command.Database;
import dev.retort.command.HistoryQuery;
import dev.retort.command.MigrateCommand;
import dev.retort.command.StatusEntry;
import dev.retort.command.StatusQuery;
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
import dev.retort.command.GitChanges;
import dev.retort.command.LintCommand;
import dev.retort.lint.Finding;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.Linter;
import dev.retort.lint.RuleInfo;

/**
 * The facade over Retort for the CLI and embedders. One instance per project; it reads the
 * script directory once, on first use, and holds no global state.
 */
public final class Retort {
  private final RetortConfig config;
  private final DialectRegistry dialects;
  private final boolean checksums;
  private RevisionGraph graph;
  private Database database;
  private JavaMigrationLoader javaRevisions;

  private Retort(RetortConfig config, DialectRegistry dialects, boolean checksums) {
    this.config = config;
    this.dialects = dialects;
    this.checksums = checksums;
  }

  /** A project with the dialects found on the class path. */
  public static Retort open(RetortConfig config) {
    return new Retort(config, DialectRegistry.loadInstalled(), true);
  }

  /** A project with the given dialects. */
  public static Retort open(RetortConfig config, DialectRegistry dialects) {
    return new Retort(config, dialects, true);
  }

  /**
   * The same project for showing the graph only: scripts are read without checksums (each
   * revision's {@code checksum()} is empty), which a short command such as {@code heads} notices.
   * Commands that record or compare checksums (upgrade, downgrade, stamp, status) refuse to run
   * on it.
   */
  public Retort withoutChecksums() {
    return new Retort(config, dialects, false);
  }

  /** The configured database (URL, dialect, run options); nothing is connected yet. */
  public Database database() {
    if (database == null) {
      database = Database.of(config, dialects);
    }
    return database;
  }

  /** A runner for one live command; keep it to ask it to stop on a signal. */
  public Runner newRunner(RunListener listener) {
    Database db = database();
    return new Runner(checksummedGraph(), db.dialect(), db.url(), db.options(), listener, javaLoader());
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
  public Retort withJavaLoader(JavaMigrationLoader loader) {
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
    return new MigrateCommand(checksummedGraph(), database(), kind, purge, javaLoader(), config.devUrl()).offline(range);
  }

  /**
   * Compares two schema sources ({@code check}, {@code diff}); built snapshots of migrations and
   * schema files are kept in {@code cache} when given.
   */
  public dev.retort.command.Comparison compare(
      dev.retort.command.SourceSpec current, dev.retort.command.SourceSpec desired,
      java.util.Optional<dev.retort.autogen.source.SnapshotCache> cache) {
    dev.retort.command.CompareCommand command = new dev.retort.command.CompareCommand(config, dialects)
        .withJavaLoader(javaLoader());
    cache.ifPresent(command::withCache);
    return command.compare(current, desired);
  }

  /**
   * {@code revision --autogenerate}: writes {@code comparison} as a new revision; empty (no file)
   * when there is nothing to do.
   */
  public java.util.Optional<java.nio.file.Path> autogenerate(dev.retort.command.RevisionRequest request,
      dev.retort.command.Comparison comparison) {
    java.util.Optional<java.nio.file.Path> file =
        new dev.retort.command.AutogenerateCommand(config, graph()).write(request, comparison);
    file.ifPresent(f -> graph = null);
    return file;
  }

  /** What the database records: version rows and history. */
  public DatabaseState databaseState() {
    Database db = database();
    return DatabaseState.read(db.url(), db.dialect(), db.options().versionTable());
  }

  /** The configured database as {@code lint --url} sees it (version rows, checksums, width, column types); read-only. */
  public dev.retort.lint.LintDatabase lintDatabase() {
    Database db = database();
    return dev.retort.run.LintDatabaseReader.read(db.url(), db.dialect(), db.options().versionTable());
  }

  /** Writes a new revision file on top of the graph; returns its path. */
  public java.nio.file.Path revision(dev.retort.command.RevisionRequest request) {
    java.nio.file.Path file = new dev.retort.command.RevisionCommand(config, graph()).revision(request);
    graph = null;
    return file;
  }

  /** Writes a merge revision of the given heads ({@code heads}: all of them); returns its path. */
  public java.nio.file.Path merge(List<String> revisions, String message, String revId, List<String> branchLabels) {
    java.nio.file.Path file = new dev.retort.command.RevisionCommand(config, graph()).merge(revisions, message, revId,
        branchLabels);
    graph = null;
    return file;
  }

  /** Creates a new project in {@code dir}; returns what it created. */
  public static List<java.nio.file.Path> init(java.nio.file.Path dir) {
    return dev.retort.command.InitCommand.init(dir);
  }

  /** Each revision's state in the database, oldest first; missing scripts last. */
  public List<StatusEntry> status() {
    return new StatusQuery(checksummedGraph()).status(databaseState());
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
      ScriptDirectory scripts = dev.retort.command.ProjectScripts.of(config);
      graph = (checksums ? scripts : scripts.withoutChecksums()).graph();
    }
    return graph;
  }

  private RevisionGraph checksummedGraph() {
    if (!checksums) {
      throw new IllegalStateException("this project reads scripts without checksums; use Retort.open for commands that record or compare them");
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
      var rows = databaseState().rows();
      var missing = rows.stream().filter(id -> !graph().contains(id)).toList();
      if (!missing.isEmpty()) {
        throw dev.retort.plan.PlanException.missingScripts(missing);
      }
      return revisions(new HistoryQuery(graph(), rows).range(range));
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
    return LintCommand.run(config, database, onlyFiles);
  }

  /**
   * {@code retort lint} with the project's baseline ({@link RetortConfig#lintBaseline()}): the
   * findings the baseline does not record, how many it suppressed and which of its entries match
   * nothing any more (only counted without {@code onlyFiles}). Without a baseline file, every
   * finding.
   */
  public dev.retort.lint.LintReport lintWithBaseline(
      java.util.Optional<LintDatabase> database, java.util.Set<java.nio.file.Path> onlyFiles) {
    LintCommand.Result result = new LintCommand(Linter.standard()).check(config, database, onlyFiles);
    dev.retort.command.LintBaselineFile file = new dev.retort.command.LintBaselineFile(config.lintBaseline());
    return file.read()
        .map(b -> b.filter(result.findings(), result.keys(), onlyFiles.isEmpty()))
        .map(f -> new dev.retort.lint.LintReport(f.findings(), f.suppressed(), f.stale().size(), java.util.Optional.of(file.path())))
        .orElseGet(() -> new dev.retort.lint.LintReport(result.findings(), 0, 0, java.util.Optional.empty()));
  }

  /** {@code retort lint --baseline}: records every finding of the project; returns how many. */
  public int writeLintBaseline(java.util.Optional<LintDatabase> database) {
    LintCommand.Result result = new LintCommand(Linter.standard()).check(config, database, java.util.Set.of());
    new dev.retort.command.LintBaselineFile(config.lintBaseline())
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

  private dev.retort.command.LintSince lintSince() {
    java.nio.file.Path folder = config.configFile().map(java.nio.file.Path::getParent).orElse(config.scriptLocation());
    return new dev.retort.command.LintSince(this::graph, new GitChanges(folder));
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
