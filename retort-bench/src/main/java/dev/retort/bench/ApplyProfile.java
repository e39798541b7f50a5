package dev.retort.bench;

import dev.retort.command.Project;
import dev.retort.command.MigrateCommand;
import dev.retort.config.ConfigLoader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Where the time of applying revisions goes, by wall clock: every JDBC call that Retort (or the
 * floor) makes goes through a timing proxy (a {@link Driver} registered in front of the real one), so
 * the time per step splits into statement kinds (the revision's DDL, the version-row UPDATE, the
 * history INSERT, COMMIT, preparing statements, ...) and the rest (Retort's own Java work). Rounds
 * alternate floor, floor with a history row, and Retort, each on a fresh database.
 *
 * <p>Usage: {@code ApplyProfile --kind sqlite|postgresql [--pg host:port:user] [--size 300]
 * [--rounds 5] [--out bench/out]}.
 */
public final class ApplyProfile {
  private static final Map<String, long[]> TIMES = Collections.synchronizedMap(new TreeMap<>());
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].substring(2), args[i + 1]);
    }
    String kind = o.getOrDefault("kind", "sqlite");
    int size = Integer.parseInt(o.getOrDefault("size", "300"));
    int rounds = Integer.parseInt(o.getOrDefault("rounds", "5"));
    Path out = Path.of(o.getOrDefault("out", "bench/out")).toAbsolutePath();
    ApplyProject project = ApplyProject.of(out, size);
    PgServer pg = null;
    if (kind.equals("postgresql")) {
      String[] p = o.getOrDefault("pg", "").split(":");
      pg = p.length >= 2 ? PgServer.external(p[0], Integer.parseInt(p[1]), p.length > 2 ? p[2] : "postgres") : PgServer.embedded();
    }
    wrapDrivers();
    Map<String, List<Map<String, long[]>>> all = new TreeMap<>();
    Map<String, List<Double>> totals = new TreeMap<>();
    int counter = 0;
    for (int r = 0; r <= rounds; r++) {
      for (String tool : List.of("floor", "floor+history", "retort")) {
        String name = "profile_" + ProcessHandle.current().pid() + "_" + (++counter);
        BenchDb db = kind.equals("sqlite") ? new BenchDb.Sqlite(out.resolve("apply-db"), name) : new BenchDb.Postgres(pg, name);
        TIMES.clear();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        if (tool.equals("retort")) {
          Project retort = Project.open(new ConfigLoader(Map.of(), project.retortToml().getParent())
              .load(Optional.of(project.retortToml()), Map.of("url", db.retortUrl())));
          retort.migrate(retort.newRunner(dev.retort.run.RunListener.silent()), MigrateCommand.Kind.UPGRADE, "head", false);
        } else {
          floor(db, project, tool.equals("floor+history"));
        }
        long total = System.nanoTime() - t0;
        long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
        Map<String, long[]> snapshot = new TreeMap<>();
        TIMES.forEach((k, v) -> snapshot.put(k, v.clone()));
        snapshot.put("CPU time of the thread (Java, driver, SQLite itself)", new long[] {cpu, 1});
        db.drop();
        if (r == 0) {
          continue; // warm-up round
        }
        snapshot.put("TOTAL", new long[] {total, 1});
        all.computeIfAbsent(tool, t -> new ArrayList<>()).add(snapshot);
        totals.computeIfAbsent(tool, t -> new ArrayList<>()).add(total / 1e9);
        System.err.printf(Locale.ROOT, "round %d %-14s %.3f s%n", r, tool, total / 1e9);
      }
    }
    System.out.printf(Locale.ROOT, "### Wall-clock profile, %s, %d revisions, median of %d rounds (per step = / %d)%n%n",
        kind, size, rounds, size);
    for (String tool : all.keySet()) {
      System.out.println("#### " + tool);
      System.out.println();
      System.out.println("| JDBC call | calls per run | ms per run | ms per step |");
      System.out.println("|---|---|---|---|");
      List<Map<String, long[]>> runs = all.get(tool);
      java.util.Set<String> keys = new java.util.TreeSet<>();
      runs.forEach(m -> keys.addAll(m.keySet()));
      double inJdbc = 0;
      for (String key : keys) {
        double[] ms = runs.stream().mapToDouble(m -> m.getOrDefault(key, new long[2])[0] / 1e6).toArray();
        double calls = runs.get(0).getOrDefault(key, new long[2])[1];
        double med = ApplyBenchmark.median(ms);
        if (!key.equals("TOTAL") && !key.startsWith("CPU time")) {
          inJdbc += med;
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.3f |%n", key, key.startsWith("CPU") || key.equals("TOTAL")
            ? "" : String.format(Locale.ROOT, "%.0f", calls), med, med / size);
      }
      double total = ApplyBenchmark.median(totals.get(tool).stream().mapToDouble(d -> d).toArray()) * 1000;
      System.out.printf(Locale.ROOT, "| outside JDBC calls (Java work, file reads) | | %.1f | %.3f |%n%n", total - inJdbc,
          (total - inJdbc) / size);
    }
    if (pg != null) {
      pg.close();
    }
  }

  private static void floor(BenchDb db, ApplyProject project, boolean history) throws SQLException {
    JdbcFloor.run(db, project, history);
  }

  // ---------------------------------------------------------------------------------------------
  // timing proxies

  private static void record(String key, long nanos) {
    TIMES.compute(key, (k, v) -> {
      long[] a = v == null ? new long[2] : v;
      a[0] += nanos;
      a[1]++;
      return a;
    });
  }

  private static String label(String sql) {
    String s = sql.strip().toUpperCase(Locale.ROOT);
    if (s.startsWith("CREATE TABLE T_")) {
      return "CREATE TABLE t_<n> (the revision)";
    }
    String[] words = s.split("\\s+");
    String head = words[0] + (words.length > 1 ? " " + words[1] : "") + (words.length > 2 ? " " + words[2] : "");
    return head.length() > 60 ? head.substring(0, 60) : head;
  }

  private static void wrapDrivers() throws SQLException {
    List<Driver> real = Collections.list(DriverManager.getDrivers());
    for (Driver d : real) {
      DriverManager.deregisterDriver(d);
    }
    for (Driver d : real) {
      DriverManager.registerDriver(new TimingDriver(d));
    }
  }

  private static Object timed(Object target, String key, Method m, Object[] args) throws Throwable {
    long t0 = System.nanoTime();
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } finally {
      record(key, System.nanoTime() - t0);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, InvocationHandler h) {
    return (T) Proxy.newProxyInstance(ApplyProfile.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Connection wrap(Connection c) {
    return proxy(Connection.class, c, (p, m, args) -> switch (m.getName()) {
      case "createStatement" -> {
        Statement st = (Statement) timed(c, "createStatement", m, args);
        yield wrapStatement(st, null);
      }
      case "prepareStatement" -> {
        PreparedStatement ps = (PreparedStatement) timed(c, "prepare " + label((String) args[0]), m, args);
        yield wrapStatement(ps, (String) args[0]);
      }
      case "commit", "rollback", "setAutoCommit", "close" -> timed(c, m.getName(), m, args);
      default -> {
        try {
          yield m.invoke(c, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    });
  }

  private static Statement wrapStatement(Statement st, String preparedSql) {
    Class<? extends Statement> type = preparedSql == null ? Statement.class : PreparedStatement.class;
    @SuppressWarnings("unchecked")
    Class<Statement> t = (Class<Statement>) type;
    return proxy(t, st, (p, m, args) -> {
      String name = m.getName();
      if (name.startsWith("execute")) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
        return timed(st, "execute " + label(sql == null ? "?" : sql), m, args);
      }
      if (name.equals("close")) {
        return timed(st, "statement close", m, args);
      }
      try {
        return m.invoke(st, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  private record TimingDriver(Driver real) implements Driver {
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
      if (!real.acceptsURL(url)) {
        return null;
      }
      long t0 = System.nanoTime();
      Connection c = real.connect(url, info);
      record("connect", System.nanoTime() - t0);
      return c == null ? null : wrap(c);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
      return real.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
      return real.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
      return real.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
      return real.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
      return real.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return real.getParentLogger();
    }
  }
}
