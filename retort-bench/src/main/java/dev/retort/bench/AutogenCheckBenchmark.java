package dev.retort.bench;

import dev.retort.autogen.diff.DiffResult;
import dev.retort.autogen.diff.SchemaDiff;
import dev.retort.autogen.source.SnapshotCache;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import dev.retort.dialect.JdbcSchemaLookup;
import dev.retort.dialect.ReflectOptions;
import dev.retort.schema.SchemaSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The in-process figures of bench/autogen-check.sh: on a live database, how long the catalog
 * queries of reflection take by themselves, against the whole compare of {@code retort check}
 * (reflect the live database, then {@link SchemaDiff#between}); and, with {@code --heap}, whether
 * that compare finishes in the heap it is given and how much it used.
 *
 * <pre>
 *   java -cp ... dev.retort.bench.AutogenCheckBenchmark --live URL --desired URL [--rounds 7] [--heap]
 * </pre>
 *
 * <p>The desired side (in {@code retort check}: {@code schema.sql} built on a scratch database and
 * reflected there, or read back from the snapshot cache) is reflected once from {@code --desired}, a
 * copy of the same schema, and not timed; the time a warm check spends reading it from the cache is
 * measured on its own ({@link SnapshotCache#get}). Per round, on one connection opened beforehand:
 *
 * <ul>
 *   <li><b>queries</b>: the catalog queries the reflector sent (recorded in the first round), replayed
 *       over plain JDBC: executed, every row fetched and every value read, nothing built;
 *   <li><b>compare</b>: {@code reflector().reflect(...)} of the live database plus {@code
 *       SchemaDiff.between(live, desired)}, with the time spent inside the lookup's queries
 *       reported on its own.
 * </ul>
 *
 * Round 1 runs in a cold JVM; the rest are "warm" and reported as medians. Nothing is asserted;
 * a compare that finds differences is reported as such.
 */
public final class AutogenCheckBenchmark {
  private static final List<String> EXCLUDED = List.of("retort_version", "retort_history", "alembic_version");

  private AutogenCheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    String live = null;
    String desired = null;
    int rounds = 7;
    boolean heap = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--live" -> live = args[++i];
        case "--desired" -> desired = args[++i];
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--heap" -> heap = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (live == null || desired == null) {
      throw new IllegalArgumentException("usage: --live URL --desired URL [--rounds N] [--heap]");
    }
    Path here = Path.of("").toAbsolutePath();
    DatabaseUrl liveUrl = DatabaseUrl.parse(live, here);
    DatabaseUrl desiredUrl = DatabaseUrl.parse(desired, here);
    Dialect dialect = DialectRegistry.loadInstalled().forUrl(liveUrl);
    ReflectOptions options = ReflectOptions.excluding(EXCLUDED.toArray(new String[0]));
    if (heap) {
      heap(dialect, liveUrl, desiredUrl, options);
    } else {
      timings(dialect, liveUrl, desiredUrl, options, rounds);
    }
  }

  private static void timings(Dialect dialect, DatabaseUrl liveUrl, DatabaseUrl desiredUrl, ReflectOptions options,
      int rounds) throws Exception {
    SchemaSnapshot want = reflect(dialect, desiredUrl, options);
    Path cacheDir = Files.createTempDirectory("retort-bench-cache");
    SnapshotCache cache = new SnapshotCache(cacheDir);
    String key = SnapshotCache.key(List.of("bench"));
    cache.put(key, want);
    long[] queries = new long[rounds];
    long[] compare = new long[rounds];
    long[] inLookup = new long[rounds];
    long[] diff = new long[rounds];
    long[] cacheRead = new long[rounds];
    List<RecordingLookup.Query> recorded = null;
    long rows = 0;
    int ops = -1;
    int tables = 0;
    try (Connection c = connect(liveUrl)) {
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        RecordingLookup lookup = new RecordingLookup(new JdbcSchemaLookup(c));
        SchemaSnapshot have = dialect.reflector().reflect(lookup, options);
        long t1 = System.nanoTime();
        DiffResult result = SchemaDiff.between(have, want);
        long t2 = System.nanoTime();
        compare[r] = t2 - t0;
        diff[r] = t2 - t1;
        inLookup[r] = lookup.nanos();
        if (recorded == null) {
          recorded = lookup.queries();
          rows = lookup.rows();
          ops = result.ops().size();
          tables = have.schemas().stream().mapToInt(s -> s.tables().size()).sum();
        }
        queries[r] = replay(c, recorded);
        long t3 = System.nanoTime();
        SchemaSnapshot cached = cache.get(key).orElseThrow();
        cacheRead[r] = System.nanoTime() - t3;
        if (!cached.equals(want)) {
          System.out.println("warning: the snapshot read back from the cache differs from the one written");
        }
      }
    } finally {
      deleteQuietly(cacheDir);
    }
    System.out.printf(Locale.ROOT, "in-process %s: %d tables, %d catalog queries, %d rows, compare found %d operation(s)%n",
        dialect.name(), tables, recorded.size(), rows, ops);
    System.out.println("| figure | round 1 (cold JVM) | warm median (n=" + (rounds - 1) + ") | warm min–max |");
    System.out.println("|---|---:|---:|---:|");
    row("catalog queries alone (JDBC replay)", queries);
    row("compare: reflect + SchemaDiff.between", compare);
    row("… of which inside the catalog queries", inLookup);
    row("… of which SchemaDiff.between", diff);
    row("desired side from the snapshot cache (file read)", cacheRead);
    System.out.printf(Locale.ROOT, "ratio compare / catalog queries: cold %.2f, warm %.2f%n",
        (double) compare[0] / queries[0], (double) warmMedian(compare) / warmMedian(queries));
    System.out.printf(Locale.ROOT, "RESULT ratio_warm=%.3f ratio_cold=%.3f ops=%d%n",
        (double) warmMedian(compare) / warmMedian(queries), (double) compare[0] / queries[0], ops);
  }

  private static void heap(Dialect dialect, DatabaseUrl liveUrl, DatabaseUrl desiredUrl, ReflectOptions options) {
    long max = Runtime.getRuntime().maxMemory();
    try {
      long t0 = System.nanoTime();
      SchemaSnapshot want = reflect(dialect, desiredUrl, options);
      SchemaSnapshot have = reflect(dialect, liveUrl, options);
      DiffResult result = SchemaDiff.between(have, want);
      long elapsed = System.nanoTime() - t0;
      System.gc();
      long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      int tables = have.schemas().stream().mapToInt(s -> s.tables().size()).sum();
      System.out.printf(Locale.ROOT,
          "heap: finished with max heap %d MB: %d tables, both sides reflected and compared in %s, %d operation(s);"
              + " heap used after GC with both snapshots reachable %.1f MB; sum of heap pools' peaks %.1f MB%n",
          max >> 20, tables, ms(elapsed), result.ops().size(), retained / 1048576.0, peak / 1048576.0);
      System.out.printf(Locale.ROOT, "RESULT heap_ok=1 retained_mb=%.1f peak_mb=%.1f%n", retained / 1048576.0,
          peak / 1048576.0);
    } catch (OutOfMemoryError e) {
      System.out.printf(Locale.ROOT, "heap: did NOT finish with max heap %d MB: %s%n", max >> 20, e.getMessage());
      System.out.println("RESULT heap_ok=0");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SchemaSnapshot reflect(Dialect dialect, DatabaseUrl url, ReflectOptions options) throws SQLException {
    try (Connection c = connect(url)) {
      return dialect.reflector().reflect(new JdbcSchemaLookup(c), options);
    }
  }

  private static Connection connect(DatabaseUrl url) throws SQLException {
    return DriverManager.getConnection(url.jdbcUrl(), url.properties());
  }

  /** Runs the recorded queries over plain JDBC, reading every value; the wall time in nanoseconds. */
  private static long replay(Connection c, List<RecordingLookup.Query> queries) throws SQLException {
    long start = System.nanoTime();
    long sink = 0;
    for (RecordingLookup.Query q : queries) {
      try (PreparedStatement ps = c.prepareStatement(q.sql())) {
        for (int i = 0; i < q.parameters().size(); i++) {
          ps.setObject(i + 1, q.parameters().get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          int width = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int col = 1; col <= width; col++) {
              Object v = rs.getObject(col);
              if (v instanceof Array a) {
                v = Arrays.asList((Object[]) a.getArray());
                a.free();
              }
              sink += v == null ? 0 : 1;
            }
          }
        }
      }
    }
    if (sink < 0) {
      throw new AssertionError("unreachable");
    }
    return System.nanoTime() - start;
  }

  private static void row(String label, long[] nanos) {
    long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
    Arrays.sort(warm);
    String range = warm.length == 0 ? "—" : ms(warm[0]) + "–" + ms(warm[warm.length - 1]);
    System.out.println("| " + label + " | " + ms(nanos[0]) + " | " + ms(warmMedian(nanos)) + " | " + range + " |");
  }

  private static long warmMedian(long[] nanos) {
    if (nanos.length == 1) {
      return nanos[0];
    }
    long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
    Arrays.sort(warm);
    int n = warm.length;
    return n % 2 == 1 ? warm[n / 2] : (warm[n / 2 - 1] + warm[n / 2]) / 2;
  }

  private static String ms(long nanos) {
    double ms = nanos / 1e6;
    return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.toList());
      java.util.Collections.reverse(paths);
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (java.io.IOException e) {
      // a temporary folder left behind costs nothing
    }
  }
}
