package dev.retort.command;

import dev.retort.autogen.scratch.ScratchDatabase;
import dev.retort.autogen.scratch.ScratchServer;
import dev.retort.autogen.scratch.ScratchServers;
import dev.retort.autogen.source.BuiltSchema;
import dev.retort.autogen.source.EntityDdl;
import dev.retort.autogen.source.EntitySchema;
import dev.retort.autogen.source.EntitySource;
import dev.retort.autogen.source.LiveReading;
import dev.retort.autogen.source.MigrationsReplay;
import dev.retort.autogen.source.SchemaFiles;
import dev.retort.autogen.source.SchemaSourceException;
import dev.retort.autogen.source.SnapshotCache;
import dev.retort.autogen.source.SnapshotReader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.error.ErrorCode;
import dev.retort.graph.RevisionGraph;
import dev.retort.run.DatabaseState;
import dev.retort.run.RunOptions;
import dev.retort.schema.SchemaSnapshot;
import dev.retort.script.JavaMigrationLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Builds the schema of each kind of source, opening the scratch server only when a source needs
 * one (a cached snapshot or a live database does not) and closing it at the end. A live database
 * can be read ahead on a thread of its own ({@link #startReading}) while the other side is built.
 */
final class SchemaBuilder implements AutoCloseable {
  private final RetortConfig config;
  private final RunOptions options;
  private final Dialect dialect;
  private final Optional<SnapshotCache> cache;
  private final JavaMigrationLoader javaRevisions;
  private final SnapshotReader reader;
  private final Map<SourceSpec.Live, LiveReading> readings = new HashMap<>();
  private RevisionGraph graph;
  private volatile ScratchServer server;
  private Optional<SchemaSnapshot> cachedMigrations;
  /** The first scratch database, being created on a thread of its own ({@link #prepareScratch}); null when not. */
  private FutureTask<ScratchDatabase> preparing;
  /** Closes the scratch server if the process is stopped before {@link #close()}. */
  private volatile Thread closeOnExit;

  SchemaBuilder(RetortConfig config, RunOptions options, Dialect dialect, Optional<SnapshotCache> cache,
      JavaMigrationLoader javaRevisions) {
    this.config = config;
    this.options = options;
    this.dialect = dialect;
    this.cache = cache;
    this.javaRevisions = javaRevisions;
    this.reader = new SnapshotReader(dialect, options.versionTable());
  }

  /**
   * Starts reading {@code live} ahead, with its version rows when {@code withVersionRows} (for
   * {@link #versionState}); {@link #build} then takes what was read.
   */
  void startReading(SourceSpec.Live live, boolean withVersionRows) {
    DatabaseUrl url = DatabaseUrl.parse(live.url(), live.base());
    readings.computeIfAbsent(live,
        l -> LiveReading.start(url, dialect, reader, withVersionRows ? options.versionTable() : null));
  }

  /** Where a database read ahead with its version rows stands. */
  DatabaseState versionState(SourceSpec.Live live) {
    return readings.get(live).versionState();
  }

  /**
   * Looks the migrations' snapshot up in the cache without building it (no error), so that the file
   * is read while a live database is read ahead; {@link #build} takes it. When it is not there, the
   * scratch database the migrations will be replayed on is prepared meanwhile ({@link #prepareScratch}).
   */
  void lookUpMigrations() {
    if (cachedMigrations == null && cache.isPresent()) {
      MigrationsReplay replay = new MigrationsReplay(graph(), dialect, options, javaRevisions);
      cachedMigrations = cache.get().get(cacheKey("migrations", replay.cacheParts()));
    }
    if (cachedMigrations == null || cachedMigrations.isEmpty()) {
      prepareScratch();
    }
  }

  /**
   * Starts opening the scratch server and creating its first database (a connection, {@code CREATE
   * DATABASE}) on a thread of its own; the next {@link #fresh()} takes that database, and throws
   * what failed then, so errors come where a sequential build would give them. {@link #close()}
   * drops it when it is never taken.
   */
  private void prepareScratch() {
    if (server != null || preparing != null) {
      return;
    }
    preparing = new FutureTask<>(() -> openServer().fresh());
    Thread thread = new Thread(preparing, "retort-scratch-" + dialect.name());
    thread.setDaemon(true);
    thread.start();
  }

  /** The project's revisions, read once. */
  RevisionGraph graph() {
    if (graph == null) {
      graph = ProjectScripts.of(config).graph();
    }
    return graph;
  }

  /** A new empty scratch database; the server is opened on the first call. */
  ScratchDatabase fresh() {
    if (preparing != null) {
      FutureTask<ScratchDatabase> prepared = preparing;
      preparing = null;
      return awaitPrepared(prepared);
    }
    return (server == null ? openServer() : server).fresh();
  }

  /** The scratch server used, or empty when none was. */
  String scratchDescription() {
    return server == null ? "" : server.description();
  }

  BuiltSchema build(SourceSpec spec) {
    if (spec instanceof SourceSpec.Migrations) {
      MigrationsReplay replay = new MigrationsReplay(graph(), dialect, options, javaRevisions);
      SchemaSnapshot snapshot = cachedMigrations != null && cachedMigrations.isPresent() ? cachedMigrations.get()
          : cached("migrations", replay.cacheParts(), () -> replay.build(fresh(), reader));
      return new BuiltSchema(snapshot, List.of(), replay.description());
    }
    if (spec instanceof SourceSpec.ConfiguredSchema) {
      if (config.schema().isPresent()) {
        return build(new SourceSpec.SqlFiles(config.schema().get()));
      }
      if (config.schemaEntities().isPresent()) {
        return build(new SourceSpec.Entities(config.schemaEntities().get()));
      }
      throw new SchemaSourceException(ErrorCode.M004, config.configFile().map(dev.retort.error.Location::of).orElse(null),
          "no desired schema: retort.toml has no 'schema' key",
          List.of("check and revision --autogenerate compare the migrations with the schema you want"),
          "add schema = \"schema.sql\" (a file or a folder of .sql files) or schema = \"jpa:com.example.model\" to"
              + " retort.toml, or name a source with --to");
    }
    if (spec instanceof SourceSpec.SqlFiles files) {
      SchemaFiles schema = SchemaFiles.at(files.location());
      var hints = schema.hints();
      SchemaSnapshot snapshot = cached("schema-files", schema.cacheParts(), () -> schema.build(fresh(), reader, dialect.sqlSyntax()));
      return new BuiltSchema(snapshot, hints, schema.description(projectFolder()));
    }
    if (spec instanceof SourceSpec.Entities entities) {
      EntitySchema schema = new EntitySchema(new EntitySource(entities.packageName(), config.classpath(), dialect.name()));
      EntityDdl ddl = schema.ddl();
      return new BuiltSchema(built(schema.build(ddl, fresh(), reader)), EntitySchema.hints(ddl), schema.description());
    }
    SourceSpec.Live live = (SourceSpec.Live) spec;
    DatabaseUrl url = DatabaseUrl.parse(live.url(), live.base());
    LiveReading reading = readings.get(live);
    return new BuiltSchema(reading != null ? reading.snapshot() : reader.read(url), List.of(),
        "database " + url.redacted());
  }

  /** The configuration file's folder: schema paths are shown relative to it. */
  private java.nio.file.Path projectFolder() {
    return config.baseFolder();
  }

  private SchemaSnapshot cached(String kind, List<String> inputs, Supplier<SchemaSnapshot> build) {
    if (cache.isEmpty()) {
      return built(build.get());
    }
    String key = cacheKey(kind, inputs);
    Optional<SchemaSnapshot> hit = cache.get().get(key);
    if (hit.isPresent()) {
      return hit.get();
    }
    SchemaSnapshot snapshot = built(build.get());
    cache.get().put(key, snapshot);
    return snapshot;
  }

  /**
   * {@code snapshot}, read from the scratch database just used, which the server may now start
   * dropping in the background while the comparison goes on ({@link ScratchServer#release()}).
   */
  private SchemaSnapshot built(SchemaSnapshot snapshot) {
    ScratchServer open = server;
    if (open != null) {
      open.release();
    }
    return snapshot;
  }

  private String cacheKey(String kind, List<String> inputs) {
    List<String> parts = new ArrayList<>(List.of(kind, dialect.name(), "dev_url=" + DatabaseUrl.redact(config.devUrl()),
        "version_table=" + options.versionTable(), SnapshotCache.buildIdentity()));
    parts.addAll(inputs);
    return SnapshotCache.key(parts);
  }

  /**
   * Opens the scratch server, and closes it (dropping its databases) also when the process is
   * stopped meanwhile (Ctrl-C, SIGTERM): a shutdown hook does, until {@link #close()}.
   */
  private ScratchServer openServer() {
    ScratchServer opened = ScratchServers.open(config, dialect);
    server = opened;
    Thread hook = new Thread(this::closeServer, "retort-scratch-close");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      closeOnExit = hook;
    } catch (IllegalStateException shuttingDown) {
      // the process is ending: close() or the hook already running closes the server
    }
    return opened;
  }

  /** Closes the scratch server once (from {@link #close()} or the shutdown hook, whichever comes first). */
  private synchronized void closeServer() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  private static ScratchDatabase awaitPrepared(FutureTask<ScratchDatabase> prepared) {
    try {
      return prepared.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the scratch database", e);
    }
  }

  @Override
  public void close() {
    readings.values().forEach(LiveReading::close);
    if (preparing != null) {
      try {
        awaitPrepared(preparing);
      } catch (RuntimeException | Error e) {
        // never taken: what failed was not asked for
      }
      preparing = null;
    }
    Thread hook = closeOnExit;
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs (or ran) and closes the server
      }
    }
    closeServer();
  }
}
