package dev.retort.command;

import dev.retort.autogen.diff.DiffOptions;
import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.autogen.scratch.ScratchServer;
import dev.retort.autogen.scratch.ScratchServers;
import dev.retort.autogen.source.MigrationsReplay;
import dev.retort.autogen.source.SnapshotCache;
import dev.retort.autogen.source.SnapshotReader;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.TableNames;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionId;
import dev.retort.ops.Op;
import dev.retort.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Drift of the targets of a fleet: each target's live schema (its own schema for schema per
 * tenant, without Retort's tables) compared with the schema its applied revisions produce. That
 * expected schema is built once per dialect and set of version rows, by replaying the revisions up
 * to those rows on a scratch database (or read from the snapshot cache), and shared by every target
 * standing there: a thousand tenants at the heads cost one replay. Several targets may ask at once.
 */
public final class FleetDrift implements AutoCloseable {
  /** Hears each expected schema built: the rows it stands at, and where it came from. */
  public interface Builds {
    void built(List<String> rows, String source);
  }

  /** The expected side failed (no scratch database, a revision that does not replay): the whole run stops. */
  public static final class ExpectedSchemaException extends RuntimeException {
    private final RetortException cause;

    ExpectedSchemaException(RetortException cause) {
      super(cause.getMessage(), cause);
      this.cause = cause;
    }

    /** What failed, as the single-target commands report it. */
    public RetortException failure() {
      return cause;
    }
  }

  private final Optional<SnapshotCache> cache;
  private final Builds builds;
  private final Map<String, FutureTask<SchemaSnapshot>> expected = new ConcurrentHashMap<>();
  /** The scratch server of each dialect, opened on first use; guarded by {@code this}. */
  private final Map<String, ScratchServer> servers = new LinkedHashMap<>();

  public FleetDrift(Optional<SnapshotCache> cache, Builds builds) {
    this.cache = cache;
    this.builds = builds;
  }

  /**
   * What differs on {@code target} (a fleet target's project) from the schema its {@code rows}
   * produce, one line each as {@code retort check --url} prints them ({@code - index ix on users}:
   * only in the database; {@code +}: missing from it; {@code ~}: differs); empty when nothing does.
   *
   * @param schema the target's schema for schema per tenant
   * @throws ExpectedSchemaException when the expected schema cannot be built
   * @throws RetortException when the target's schema cannot be read
   */
  public List<String> differences(Project target, Optional<String> schema, SortedSet<RevisionId> rows) {
    Database database = target.database();
    Dialect dialect = database.dialect();
    String versionTable = TableNames.table(database.options().versionTable());
    SchemaSnapshot want = expected(target, dialect, versionTable, rows);
    SnapshotReader reader = new SnapshotReader(dialect, versionTable);
    SchemaSnapshot have = (schema.isPresent() ? reader.inSchema(schema.get()) : reader).read(database.url());
    if (schema.isPresent()) {
      TenantSchemaHome.Pair pair = TenantSchemaHome.of(have, want);
      have = pair.live();
      want = pair.expected();
    }
    List<Op> ops = SchemaDiff.between(have, want, DiffOptions.none()).ops();
    DifferenceText text = new DifferenceText(have, want);
    List<String> lines = new ArrayList<>();
    ops.forEach(op -> lines.add(text.describe(op).line()));
    return lines;
  }

  private SchemaSnapshot expected(Project target, Dialect dialect, String versionTable, SortedSet<RevisionId> rows) {
    String key = dialect.name() + " " + String.join(",", rows.stream().map(RevisionId::value).toList());
    FutureTask<SchemaSnapshot> task = new FutureTask<>(() -> build(target, dialect, versionTable, rows));
    FutureTask<SchemaSnapshot> first = expected.putIfAbsent(key, task);
    if (first == null) {
      task.run();
      first = task;
    }
    try {
      return first.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RetortException failure) {
        throw new ExpectedSchemaException(failure);
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the expected schema was built", e);
    }
  }

  /** Replays the revisions up to {@code rows} on a scratch database, or reads the snapshot cache. */
  private SchemaSnapshot build(Project target, Dialect dialect, String versionTable, SortedSet<RevisionId> rows) {
    Database database = target.database();
    MigrationsReplay replay = new MigrationsReplay(target.graph(), dialect,
        database.options().withVersionTable(versionTable), target.javaLoader()).upTo(rows);
    List<String> shown = rows.stream().map(RevisionId::value).toList();
    Optional<String> key = cache.map(c -> cacheKey(target, dialect, versionTable, replay));
    if (key.isPresent()) {
      Optional<SchemaSnapshot> hit = cache.get().get(key.get());
      if (hit.isPresent()) {
        builds.built(shown, "snapshot cache");
        return hit.get();
      }
    }
    SchemaSnapshot snapshot;
    synchronized (this) {
      ScratchServer server = servers.computeIfAbsent(dialect.name(), d -> ScratchServers.open(target.config(), dialect));
      snapshot = replay.build(server.fresh(), new SnapshotReader(dialect, versionTable));
      server.release();
      builds.built(shown, server.description());
    }
    key.ifPresent(k -> cache.get().put(k, snapshot));
    return snapshot;
  }

  private static String cacheKey(Project target, Dialect dialect, String versionTable, MigrationsReplay replay) {
    List<String> parts = new ArrayList<>(List.of("fleet-drift", dialect.name(),
        "dev_url=" + DatabaseUrl.redact(target.config().devUrl()), "version_table=" + versionTable,
        SnapshotCache.buildIdentity()));
    parts.addAll(replay.cacheParts());
    return SnapshotCache.key(parts);
  }

  /** Closes the scratch servers opened (dropping their databases). */
  @Override
  public synchronized void close() {
    servers.values().forEach(ScratchServer::close);
    servers.clear();
  }
}
