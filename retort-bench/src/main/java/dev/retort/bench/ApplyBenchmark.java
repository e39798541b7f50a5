package dev.retort.bench;

import dev.retort.command.Project;
import dev.retort.command.MigrateCommand;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import dev.retort.run.RunListener;
import dev.retort.run.Runner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/**
 * Issue 3's benchmark: applying revisions. Run by {@code bench/apply.sh}; prints Markdown on
 * stdout (progress on stderr). In one run, each measurement on a fresh database:
 *
 * <ol>
 *   <li><b>apply</b>: {@code --size} (1,000) trivial revisions on SQLite and PostgreSQL (and MariaDB when
 *       {@code --mariadb host:port:user} names a server) by the plain
 *       JDBC floor (per revision: BEGIN; CREATE TABLE; version-row UPDATE; COMMIT), Retort in-process
 *       (the facade) and as a whole process ({@code bin/retort upgrade head}), Alembic ({@code alembic
 *       upgrade head}, its default: one transaction for the run) and Flyway (Java API, in-process);
 *       {@code --runs} times each, round robin, medians and ratios;
 *   <li><b>big</b>: {@code --big} (10,000) revisions on a fresh PostgreSQL by {@code bin/retort upgrade
 *       head}, then by Alembic's default (capped at {@code --alembic-timeout} seconds);
 *   <li><b>read</b>: {@code bin/retort current} and {@code status} as whole processes on up-to-date
 *       databases of {@code --read-sizes} revisions, against {@code bin/retort --version} (JVM start);
 *       and {@code alembic current} on PostgreSQL while a run stays under a minute.
 * </ol>
 *
 * Before each block it waits (30 s at a time, {@code --quiet-wait} seconds at most in the whole run) for the
 * one-minute load average to drop to {@code --quiet-load}, and reports the load it measured at.
 */
public final class ApplyBenchmark {
  private final Map<String, String> opts;
  private final Path root;
  private final Path out;
  private final Path dbDir;
  private final Path logs;
  private final PrintStream md;
  private final List<String> loadNotes = new ArrayList<>();
  private PgServer pg;
  private MariaDbBenchServer mariadb;
  private int dbCounter;
  private BenchDb bigRetortDb;
  private long waitBudget = -1;

  private ApplyBenchmark(Map<String, String> opts) throws IOException {
    this.opts = opts;
    this.root = Path.of(opt("root", ".")).toAbsolutePath().normalize();
    this.out = Path.of(opt("out", root.resolve("bench/out").toString())).toAbsolutePath().normalize();
    this.dbDir = out.resolve("apply-db");
    this.logs = out.resolve("apply-logs");
    // scratch space of earlier runs (SQLite files, per-database alembic.ini files): the harness's own
    ApplyProject.deleteRecursively(dbDir);
    Files.createDirectories(dbDir);
    Files.createDirectories(logs);
    this.md = new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("usage: ApplyBenchmark --option value ... (see bench/apply.sh); bad: " + args[i]);
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    new ApplyBenchmark(opts).run();
  }

  // ---------------------------------------------------------------------------------------------
  // blocks

  private void run() throws Exception {
    List<String> parts = Arrays.asList(opt("parts", "apply,big,read").split(","));
    String pgOpt = opt("pg", "");
    pg = pgOpt.isEmpty() ? PgServer.embedded() : external(pgOpt);
    String mariadbOpt = opt("mariadb", "");
    mariadb = mariadbOpt.isEmpty() ? null : MariaDbBenchServer.of(mariadbOpt);
    try {
      md.println("- PostgreSQL: " + pg.query("SELECT version()") + ", " + pg.origin() + "; settings: "
          + pgSettings());
      if (mariadb != null) {
        md.println("- MariaDB: " + mariadb.query("SELECT version()") + ", started by bench/apply.sh; settings: "
            + mariadb.settings());
      }
      md.println();
      warmUp();
      if (parts.contains("apply")) {
        applyBlock();
      }
      if (parts.contains("big")) {
        bigBlock();
      }
      if (parts.contains("read")) {
        readBlock();
      }
      md.println("### Load average per block");
      md.println();
      for (String note : loadNotes) {
        md.println("- " + note);
      }
      md.println();
    } finally {
      if (bigRetortDb != null) {
        bigRetortDb.drop();
      }
      pg.close();
    }
  }

  private static PgServer external(String spec) {
    String[] p = spec.split(":");
    return PgServer.external(p[0], Integer.parseInt(p[1]), p.length > 2 ? p[2] : "postgres");
  }

  private String pgSettings() {
    List<String> s = new ArrayList<>();
    for (String name : List.of("fsync", "synchronous_commit", "shared_buffers", "max_connections",
        "max_locks_per_transaction", "wal_level")) {
      s.add(name + "=" + pg.query("SELECT current_setting('" + name + "')"));
    }
    return String.join(", ", s);
  }

  /** Untimed: JIT warm-up of the in-process paths, bin/retort's class-data archive, Alembic's bytecode. */
  private void warmUp() throws Exception {
    progress("warm-up");
    ApplyProject small = ApplyProject.of(out, 200);
    for (String kind : applyKinds()) {
      for (int i = 0; i < 2; i++) {
        measureOnce(kind, "floor", small);
        measureOnce(kind, "retort", small);
        measureOnce(kind, "flyway", small);
      }
    }
    // bin/retort writes its class-data archive on its first run after a build
    BenchDb db = fresh("sqlite");
    retortInProcess(db, small, Map.of());
    proc(List.of(bin(), "-c", small.retortToml().toString(), "--url", db.retortUrl(), "current"), Map.of(), "warmup", 120);
    db.drop();
  }

  private void applyBlock() throws Exception {
    int size = Integer.parseInt(opt("size", "1000"));
    int runs = Integer.parseInt(opt("runs", "5"));
    ApplyProject project = ApplyProject.of(out, size);
    alembicWarm(project);
    md.println("## Applying " + size + " revisions (fresh database each run; median of " + runs + " [min–max])");
    md.println();
    Map<String, Map<String, List<Sample>>> results = new LinkedHashMap<>();
    for (String kind : applyKinds()) {
      String load = waitForQuiet("apply " + size + " on " + kind);
      progress("apply " + size + " on " + kind + " (" + load + ")");
      Map<String, List<Sample>> byTool = new LinkedHashMap<>();
      for (String tool : tools(kind)) {
        byTool.put(tool, new ArrayList<>());
      }
      List<String> roundLoads = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        if (r > 0) {
          roundLoads.add(waitBeforeRound(kind + " round " + (r + 1)));
        }
        for (String tool : tools(kind)) {
          Sample s = measureOnce(kind, tool, project);
          progress(String.format(Locale.ROOT, "  run %d %-16s %-10s %8.3f s", r + 1, tool, kind, s.seconds));
          byTool.get(tool).add(s);
        }
      }
      loadNotes.set(loadNotes.size() - 1, loadNotes.get(loadNotes.size() - 1)
          + (roundLoads.isEmpty() ? "" : ", before the next rounds " + String.join(", ", roundLoads)) + ", " + loadNow()
          + " at end");
      results.put(kind, byTool);
    }
    printApply(size, results);
  }

  private List<String> tools(String kind) {
    List<String> tools = new ArrayList<>(List.of("floor", "floor+history", "retort", "retort-process"));
    if (alembicOn(kind)) {
      tools.add("alembic");
    }
    tools.add("flyway");
    return tools;
  }

  private static final Map<String, String> LABELS = Map.of(
      "floor", "JDBC floor (in-process)",
      "floor+history", "floor + a history-row INSERT per step (diagnostic)",
      "retort", "Retort, in-process (facade)",
      "retort-process", "Retort, whole process (`bin/retort upgrade head`)",
      "alembic", "Alembic 1.20, whole process (`alembic upgrade head`, default: one transaction)",
      "flyway", "Flyway " + flywayVersion() + ", in-process (Java API)");

  private void printApply(int size, Map<String, Map<String, List<Sample>>> results) {
    md.println("|" + header("") + " |");
    md.println("|---|" + "---|".repeat(applyKinds().size()));
    for (String tool : List.of("floor", "floor+history", "retort", "retort-process", "alembic", "flyway")) {
      StringBuilder row = new StringBuilder("| " + LABELS.get(tool) + " |");
      for (String kind : applyKinds()) {
        List<Sample> s = results.getOrDefault(kind, Map.of()).get(tool);
        row.append(' ').append(s == null ? "not measured" : cell(s)).append(" |");
      }
      md.println(row);
    }
    md.println();
    md.println("Ratios of medians (below 1 is faster):");
    md.println();
    md.println("|" + header("ratio") + " | target |");
    md.println("|---|" + "---|".repeat(applyKinds().size() + 1));
    ratioRow(results, "Retort in-process / JDBC floor", "retort", "floor", "≤ 1.25");
    ratioRow(results, "Retort whole process / JDBC floor", "retort-process", "floor", "(JVM start included)");
    ratioRow(results, "Retort whole process / Alembic whole process", "retort-process", "alembic", "< 1");
    ratioRow(results, "Retort in-process / Alembic whole process", "retort", "alembic", "");
    ratioRow(results, "Retort in-process / Flyway in-process", "retort", "flyway", "< 1");
    ratioRow(results, "Retort whole process / Flyway in-process", "retort-process", "flyway", "");
    md.println();
    md.println("Where Retort's in-process time goes (medians, ms; per step = steps / " + size + "):");
    md.println();
    md.println("|" + header("part") + " |");
    md.println("|---|" + "---|".repeat(applyKinds().size()));
    for (String part : List.of("config+open", "read scripts (graph)", "lock+plan+load bodies+tables", "steps",
        "per step", "floor per step", "floor+history per step")) {
      StringBuilder row = new StringBuilder("| " + part + " |");
      for (String kind : applyKinds()) {
        Map<String, List<Sample>> byTool = results.get(kind);
        String value = "—";
        if (byTool != null) {
          if (part.equals("floor per step")) {
            value = ms(median(byTool.get("floor")) / size);
          } else if (part.equals("floor+history per step")) {
            value = ms(median(byTool.get("floor+history")) / size);
          } else {
            String key = part.equals("per step") ? "steps" : part;
            double v = medianPart(byTool.get("retort"), key);
            value = ms(part.equals("per step") ? v / size : v);
          }
        }
        row.append(' ').append(value).append(" |");
      }
      md.println(row);
    }
    md.println();
  }

  private void ratioRow(Map<String, Map<String, List<Sample>>> results, String label, String a, String b, String target) {
    StringBuilder row = new StringBuilder("| " + label + " |");
    for (String kind : applyKinds()) {
      Map<String, List<Sample>> byTool = results.getOrDefault(kind, Map.of());
      List<Sample> x = byTool.get(a);
      List<Sample> y = byTool.get(b);
      row.append(' ').append(x == null || y == null ? "—" : String.format(Locale.ROOT, "%.2f×", median(x) / median(y)))
          .append(" |");
    }
    md.println(row + " " + target + " |");
  }

  private void bigBlock() throws Exception {
    int big = Integer.parseInt(opt("big", "10000"));
    ApplyProject project = ApplyProject.of(out, big);
    alembicWarm(project);
    String load = waitForQuiet("upgrade " + big + " on PostgreSQL");
    progress("upgrade " + big + " on postgresql (" + load + ")");
    md.println("## " + big + " revisions on a fresh PostgreSQL (default settings)");
    md.println();
    md.println("| tool | result | time |");
    md.println("|---|---|---|");
    BenchDb db = fresh("postgresql");
    ProcResult r = proc(List.of(bin(), "-c", project.retortToml().toString(), "--url", db.retortUrl(), "upgrade", "head"),
        Map.of(), "retort-upgrade-" + big, 3600);
    int tables = db.createdTables();
    String row = db.single("SELECT version_num FROM retort_version");
    boolean ok = r.exit == 0 && tables == big && project.head().equals(row);
    md.printf(Locale.ROOT, "| `bin/retort upgrade head` (one transaction per revision) | %s: exit %d, %d tables, version row %s | %s |%n",
        ok ? "succeeded" : "FAILED", r.exit, tables, row, secs(r.seconds));
    progress("  retort " + big + ": " + secs(r.seconds) + (ok ? " ok" : " FAILED"));
    bigRetortDb = db;
    if (alembicOn("postgresql")) {
      long timeout = Long.parseLong(opt("alembic-timeout", "180"));
      BenchDb adb = fresh("postgresql");
      Path ini = project.alembicIni(dbDir.resolve(adb.name + ".ini"), adb.sqlalchemyUrl());
      ProcResult a = proc(List.of(alembic(), "-c", ini.toString(), "upgrade", "head"), alembicEnv(), "alembic-upgrade-" + big,
          timeout);
      int atables = adb.createdTables();
      String arow = adb.single("SELECT version_num FROM alembic_version");
      String what;
      if (a.timedOut) {
        what = "stopped after the " + timeout + " s cap (still running)";
      } else if (a.exit == 0 && atables == big) {
        what = "succeeded: " + atables + " tables, version row " + arow;
      } else {
        what = "failed after running " + linesContaining(a.log, "Running upgrade") + " of " + big + " revisions: exit "
            + a.exit + ", `" + lastErrorLine(a.log) + "`; afterwards " + atables + " tables and version row " + arow
            + (atables == 0 ? " (the one transaction rolled back)" : "");
      }
      md.printf(Locale.ROOT, "| `alembic upgrade head` (default: one transaction for the run) | %s | %s |%n", what, secs(a.seconds));
      progress("  alembic " + big + ": " + secs(a.seconds) + " " + what);
      adb.drop();
    }
    md.println();
    loadNotes.set(loadNotes.size() - 1, loadNotes.get(loadNotes.size() - 1) + ", " + loadNow() + " at end");
  }

  private void readBlock() throws Exception {
    List<Integer> sizes = Arrays.stream(opt("read-sizes", "1000,2000,5000,10000").split(",")).map(Integer::parseInt).toList();
    int runs = Integer.parseInt(opt("read-runs", "5"));
    int big = Integer.parseInt(opt("big", "10000"));
    // preparation: up-to-date databases (not timed)
    Map<String, Map<Integer, BenchDb>> dbs = new LinkedHashMap<>();
    for (String kind : List.of("postgresql", "sqlite")) {
      Map<Integer, BenchDb> bySize = new LinkedHashMap<>();
      for (int size : sizes) {
        ApplyProject project = ApplyProject.of(out, size);
        if (kind.equals("postgresql") && size == big && bigRetortDb != null) {
          bySize.put(size, bigRetortDb);
          continue;
        }
        progress("preparing " + kind + " at " + size);
        BenchDb db = fresh(kind);
        // SQLite: one transaction for the whole preparation run (fast); PostgreSQL: the default
        retortInProcess(db, project, kind.equals("sqlite") ? Map.of("transaction_per_migration", "false") : Map.of());
        bySize.put(size, db);
      }
      dbs.put(kind, bySize);
    }
    String load = waitForQuiet("current/status");
    progress("current/status (" + load + ")");
    Map<String, Map<Integer, double[]>> times = new LinkedHashMap<>();
    List<Double> version = new ArrayList<>();
    proc(List.of(bin(), "--version"), Map.of(), "version", 60);
    for (int i = 0; i < runs; i++) {
      version.add(proc(List.of(bin(), "--version"), Map.of(), "version", 60).seconds);
    }
    double jvm = median(version.stream().mapToDouble(d -> d).toArray());
    for (String kind : dbs.keySet()) {
      Map<Integer, double[]> byKind = new LinkedHashMap<>();
      for (int size : sizes) {
        ApplyProject project = ApplyProject.of(out, size);
        BenchDb db = dbs.get(kind).get(size);
        double[] medians = new double[2];
        int c = 0;
        for (String command : List.of("current", "status")) {
          List<String> cmd = List.of(bin(), "-c", project.retortToml().toString(), "--url", db.retortUrl(), command);
          ProcResult first = proc(cmd, Map.of(), command + "-" + kind + "-" + size, 120);
          String text = Files.readString(first.log);
          boolean ok = first.exit == 0 && (command.equals("current")
              ? text.contains(project.head()) : text.lines().filter(l -> l.startsWith("applied")).count() == size);
          if (!ok) {
            throw new IllegalStateException(command + " on " + kind + " " + size + " printed unexpected output; see " + first.log);
          }
          double[] t = new double[runs];
          for (int i = 0; i < runs; i++) {
            t[i] = proc(cmd, Map.of(), command + "-" + kind + "-" + size, 120).seconds;
          }
          medians[c++] = median(t);
          progress(String.format(Locale.ROOT, "  %-7s %-10s %6d: %s", command, kind, size, secs(medians[c - 1])));
        }
        byKind.put(size, medians);
      }
      times.put(kind, byKind);
    }
    Map<Integer, double[]> alembicCurrent = new LinkedHashMap<>();
    if (alembicOn("postgresql")) {
      int aruns = Integer.parseInt(opt("alembic-read-runs", "3"));
      double limit = Double.parseDouble(opt("alembic-current-limit", "60"));
      for (int i = 0; i < sizes.size(); i++) {
        int size = sizes.get(i);
        ApplyProject project = ApplyProject.of(out, size);
        BenchDb db = dbs.get("postgresql").get(size);
        db.execute(List.of("DROP TABLE IF EXISTS alembic_version",
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))",
            "INSERT INTO alembic_version VALUES ('" + project.head() + "')"));
        alembicWarm(project);
        Path ini = project.alembicIni(dbDir.resolve(db.name + ".ini"), db.sqlalchemyUrl());
        double[] t = new double[aruns];
        for (int r = 0; r < aruns; r++) {
          ProcResult p = proc(List.of(alembic(), "-c", ini.toString(), "current"), alembicEnv(), "alembic-current-" + size,
              (long) (limit * 3));
          if (p.exit != 0 || !Files.readString(p.log).contains(project.head())) {
            throw new IllegalStateException("alembic current at " + size + " failed; see " + p.log);
          }
          t[r] = p.seconds;
        }
        double m = median(t);
        alembicCurrent.put(size, new double[] {m});
        progress("  alembic current postgresql " + size + ": " + secs(m));
        if (i + 1 < sizes.size()) {
          double next = sizes.get(i + 1);
          double predicted = m * (next / size) * (next / size);
          if (predicted > limit) {
            progress("  alembic current at " + (int) next + " predicted " + secs(predicted) + " (quadratic): not run");
            break;
          }
        }
      }
    }
    loadNotes.set(loadNotes.size() - 1, loadNotes.get(loadNotes.size() - 1) + ", " + loadNow() + " at end");
    printRead(sizes, runs, jvm, times, alembicCurrent);
    for (Map<Integer, BenchDb> bySize : dbs.values()) {
      for (BenchDb db : bySize.values()) {
        if (db != bigRetortDb) {
          db.drop();
        }
      }
    }
  }

  private void printRead(List<Integer> sizes, int runs, double jvm, Map<String, Map<Integer, double[]>> times,
      Map<Integer, double[]> alembicCurrent) {
    int first = sizes.get(0);
    int last = sizes.get(sizes.size() - 1);
    md.println("## `current` and `status` as whole processes on up-to-date databases (median of " + runs + ")");
    md.println();
    md.println("JVM start (`bin/retort --version`, median of " + runs + "): " + secs(jvm) + ". In brackets: the time"
        + " minus that start-up cost.");
    md.println();
    StringBuilder head = new StringBuilder("| command |");
    StringBuilder sep = new StringBuilder("|---|");
    for (int size : sizes) {
      head.append(' ').append(String.format(Locale.ROOT, "%,d", size)).append(" |");
      sep.append("---|");
    }
    head.append(String.format(Locale.ROOT, " t(%s)/t(%s) | same, minus start-up | per 1,000 revisions between sizes |",
        k(last), k(first)));
    sep.append("---|---|---|");
    md.println(head);
    md.println(sep);
    for (String kind : times.keySet()) {
      String dbName = kind.equals("sqlite") ? "SQLite" : "PostgreSQL";
      for (int c = 0; c < 2; c++) {
        StringBuilder row = new StringBuilder("| `retort " + (c == 0 ? "current" : "status") + "`, " + dbName + " |");
        for (int size : sizes) {
          double t = times.get(kind).get(size)[c];
          row.append(' ').append(secs(t)).append(" (").append(secs(t - jvm)).append(") |");
        }
        double t1 = times.get(kind).get(first)[c];
        double tn = times.get(kind).get(last)[c];
        row.append(String.format(Locale.ROOT, " %.2f× | %.2f× |", tn / t1, (tn - jvm) / (t1 - jvm)));
        int col = c;
        row.append(' ').append(slopes(sizes, size -> times.get(kind).get(size)[col])).append(" |");
        md.println(row);
      }
    }
    if (!alembicCurrent.isEmpty()) {
      StringBuilder row = new StringBuilder("| `alembic current`, PostgreSQL |");
      for (int size : sizes) {
        double[] a = alembicCurrent.get(size);
        row.append(' ').append(a == null ? "not run (would take over a minute)" : secs(a[0])).append(" |");
      }
      int lastA = alembicCurrent.keySet().stream().mapToInt(i -> i).max().orElse(first);
      row.append(String.format(Locale.ROOT, " t(%s)/t(%s) = %.2f× | | %s |", k(lastA), k(first),
          alembicCurrent.get(lastA)[0] / alembicCurrent.get(first)[0],
          slopes(sizes.stream().filter(alembicCurrent::containsKey).toList(), size -> alembicCurrent.get(size)[0])));
      md.println(row);
    }
    md.println();
    md.println(String.format(Locale.ROOT, "Linear growth means t(n) = a + b·n: then the increase per 1,000 revisions is"
        + " the same between every pair of sizes, and t(%s)/t(%s) stays at or below %.0f (a fixed cost beyond JVM"
        + " start-up makes it smaller). Quadratic growth makes the increase per 1,000 revisions grow with n.",
        k(last), k(first), (double) last / first));
    md.println();
  }

  private static String k(int size) {
    return size % 1000 == 0 ? (size / 1000) + "k" : Integer.toString(size);
  }

  private static String slopes(List<Integer> sizes, java.util.function.IntToDoubleFunction t) {
    List<String> parts = new ArrayList<>();
    for (int i = 1; i < sizes.size(); i++) {
      int a = sizes.get(i - 1);
      int b = sizes.get(i);
      double perK = (t.applyAsDouble(b) - t.applyAsDouble(a)) / ((b - a) / 1000.0);
      parts.add(k(a) + "→" + k(b) + ": " + ms(perK));
    }
    return parts.isEmpty() ? "—" : String.join(", ", parts);
  }

  // ---------------------------------------------------------------------------------------------
  // measurements

  /** A time in seconds, and named parts of it in seconds. */
  record Sample(double seconds, Map<String, Double> parts) {}

  record ProcResult(double seconds, int exit, boolean timedOut, Path log) {}

  private Sample measureOnce(String kind, String tool, ApplyProject project) throws Exception {
    BenchDb db = fresh(kind);
    try {
      Sample s;
      String versionQuery;
      switch (tool) {
        case "floor" -> {
          s = floor(db, project, false);
          versionQuery = "SELECT version_num FROM floor_version";
        }
        case "floor+history" -> {
          s = floor(db, project, true);
          versionQuery = "SELECT version_num FROM floor_version";
        }
        case "retort" -> {
          s = retortInProcess(db, project, Map.of());
          versionQuery = "SELECT version_num FROM retort_version";
        }
        case "retort-process" -> {
          ProcResult r = proc(List.of(bin(), "-c", project.retortToml().toString(), "--url", db.retortUrl(), "upgrade", "head"),
              Map.of(), "retort-upgrade", 600);
          check(r, tool);
          s = new Sample(r.seconds, Map.of());
          versionQuery = "SELECT version_num FROM retort_version";
        }
        case "alembic" -> {
          Path ini = project.alembicIni(dbDir.resolve(db.name + ".ini"), db.sqlalchemyUrl());
          ProcResult r = proc(List.of(alembic(), "-c", ini.toString(), "upgrade", "head"), alembicEnv(), "alembic-upgrade", 600);
          check(r, tool);
          s = new Sample(r.seconds, Map.of());
          versionQuery = "SELECT version_num FROM alembic_version";
        }
        case "flyway" -> {
          s = flyway(db, project);
          versionQuery = "SELECT count(*) FROM flyway_schema_history WHERE success";
        }
        default -> throw new IllegalArgumentException(tool);
      }
      int tables = db.createdTables();
      String version = db.single(versionQuery);
      String expected = tool.equals("flyway") ? Integer.toString(project.size) : project.head();
      if (tables != project.size || !expected.equals(version)) {
        throw new IllegalStateException(tool + " on " + kind + ": " + tables + " tables, version " + version + "; expected "
            + project.size + " and " + expected);
      }
      return s;
    } finally {
      db.drop();
    }
  }

  private static void check(ProcResult r, String tool) throws IOException {
    if (r.exit != 0 || r.timedOut) {
      throw new IllegalStateException(tool + " failed (exit " + r.exit + (r.timedOut ? ", timed out" : "") + "): "
          + lastErrorLine(r.log) + "; see " + r.log);
    }
  }

  /**
   * The floor: plain JDBC on one connection, per revision BEGIN; CREATE TABLE; version-row UPDATE
   * (INSERT for the first); COMMIT. With {@code history}, also a history-row INSERT like Retort's.
   */
  private static Sample floor(BenchDb db, ApplyProject project, boolean history) throws SQLException {
    long t0 = System.nanoTime();
    JdbcFloor.run(db, project, history);
    return new Sample((System.nanoTime() - t0) / 1e9, Map.of());
  }

  /** Retort through its facade, timed in parts (the listener stamps each step's start). */
  private static Sample retortInProcess(BenchDb db, ApplyProject project, Map<String, String> extraFlags) {
    long t0 = System.nanoTime();
    Map<String, String> flags = new HashMap<>(extraFlags);
    flags.put("url", db.retortUrl());
    Path dir = project.retortToml().getParent();
    RetortConfig config = new ConfigLoader(Map.of(), dir).load(Optional.of(project.retortToml()), flags);
    Project retort = Project.open(config);
    long t1 = System.nanoTime();
    retort.graph();
    long t2 = System.nanoTime();
    long[] firstStep = {0};
    Runner runner = retort.newRunner(new RunListener() {
      @Override
      public void stepStarting(Step step, String description) {
        if (firstStep[0] == 0) {
          firstStep[0] = System.nanoTime();
        }
      }

      @Override
      public void note(String message) {}
    });
    Plan plan = retort.migrate(runner, MigrateCommand.Kind.UPGRADE, "head", false);
    long t3 = System.nanoTime();
    if (plan.steps().size() != project.size) {
      throw new IllegalStateException("Retort ran " + plan.steps().size() + " steps, expected " + project.size);
    }
    Map<String, Double> parts = new LinkedHashMap<>();
    parts.put("config+open", (t1 - t0) / 1e9);
    parts.put("read scripts (graph)", (t2 - t1) / 1e9);
    parts.put("lock+plan+load bodies+tables", (firstStep[0] - t2) / 1e9);
    parts.put("steps", (t3 - firstStep[0]) / 1e9);
    return new Sample((t3 - t0) / 1e9, parts);
  }

  /** Flyway logs through java.util.logging here (no SLF4J binding): quiet, like the silent Retort listener. */
  private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

  private static Sample flyway(BenchDb db, ApplyProject project) {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    long t0 = System.nanoTime();
    String user = db.props().getProperty("user", "");
    Flyway.configure()
        .dataSource(db.jdbcUrl(), user, "")
        .locations("filesystem:" + project.flywayScripts())
        .load()
        .migrate();
    return new Sample((System.nanoTime() - t0) / 1e9, Map.of());
  }

  private ProcResult proc(List<String> cmd, Map<String, String> env, String logName, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path log = logs.resolve(logName + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("RETORT_URL");
    pb.environment().remove("DATABASE_URL");
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (e.getValue() == null) {
        pb.environment().remove(e.getKey());
      } else {
        pb.environment().put(e.getKey(), e.getValue());
      }
    }
    long t0 = System.nanoTime();
    Process p = pb.start();
    boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    long t1 = System.nanoTime();
    if (!done) {
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor();
      }
      return new ProcResult((t1 - t0) / 1e9, -1, true, log);
    }
    return new ProcResult((t1 - t0) / 1e9, p.exitValue(), false, log);
  }

  /** The line of a failed run's log that says what went wrong (the last exception line, else the last line). */
  private static String lastErrorLine(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    for (int i = lines.size() - 1; i >= 0; i--) {
      String l = lines.get(i).strip();
      if (l.matches("^([\\w.]+(Error|Exception)|error\\[|FATAL).*")) {
        return l.length() > 200 ? l.substring(0, 200) + "…" : l;
      }
    }
    return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1).strip();
  }

  private static long linesContaining(Path log, String text) throws IOException {
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains(text)).count();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // databases, tools, load

  private BenchDb fresh(String kind) {
    String name = "bench_" + ProcessHandle.current().pid() + "_" + (++dbCounter);
    return switch (kind) {
      case "sqlite" -> new BenchDb.Sqlite(dbDir, name);
      case "mysql" -> new BenchDb.Mariadb(mariadb, name);
      default -> new BenchDb.Postgres(pg, name);
    };
  }

  /** The databases of the apply block: SQLite, PostgreSQL, and MariaDB when bench/apply.sh started one. */
  private List<String> applyKinds() {
    return mariadb == null ? List.of("sqlite", "postgresql") : List.of("sqlite", "postgresql", "mysql");
  }

  /** " <first> | SQLite | PostgreSQL [| MariaDB]": the apply tables' header cells. */
  private String header(String first) {
    StringBuilder h = new StringBuilder(" " + first);
    for (String kind : applyKinds()) {
      h.append(" | ").append(switch (kind) {
        case "sqlite" -> "SQLite";
        case "mysql" -> "MariaDB";
        default -> "PostgreSQL";
      });
    }
    return h.toString();
  }

  private String bin() {
    return root.resolve("bin/retort").toString();
  }

  private String alembic() {
    return opt("alembic", "");
  }

  private boolean alembicOn(String kind) {
    if (alembic().isEmpty()) {
      return false;
    }
    // Alembic on MariaDB would need a MySQL driver for Python, which the venv does not have
    return kind.equals("sqlite") || kind.equals("postgresql") && Boolean.parseBoolean(opt("alembic-pg", "false"));
  }

  /** Alembic's best case: Python may cache compiled scripts (__pycache__), warmed before timing. */
  private Map<String, String> alembicEnv() {
    Map<String, String> env = new HashMap<>();
    if (Boolean.parseBoolean(opt("alembic-pyc", "true"))) {
      env.put("PYTHONDONTWRITEBYTECODE", null);
    } else {
      env.put("PYTHONDONTWRITEBYTECODE", "1");
    }
    return env;
  }

  /** Writes Alembic's bytecode cache for a project's scripts (`alembic heads`), untimed. */
  private void alembicWarm(ApplyProject project) throws IOException, InterruptedException {
    if (alembic().isEmpty() || !Boolean.parseBoolean(opt("alembic-pyc", "true"))) {
      return;
    }
    if (Files.isDirectory(project.alembicScripts().resolve("versions/__pycache__"))) {
      return;
    }
    progress("compiling Alembic scripts of " + project.size + " revisions (alembic heads, untimed)");
    Path ini = project.alembicIni(dbDir.resolve("warm-" + project.size + ".ini"), "sqlite:///" + dbDir.resolve("warm.db"));
    proc(List.of(alembic(), "-c", ini.toString(), "heads"), alembicEnv(), "alembic-heads-" + project.size, 600);
  }

  private String waitForQuiet(String block) throws InterruptedException {
    double limit = Double.parseDouble(opt("quiet-load", "1.5"));
    long maxWait = waitBudget < 0 ? (waitBudget = Long.parseLong(opt("quiet-wait", "600"))) : waitBudget;
    long waited = 0;
    double load = load1();
    while (load > limit && waited < maxWait) {
      progress(String.format(Locale.ROOT, "load %.2f > %.2f: waiting 30 s before '%s'", load, limit, block));
      Thread.sleep(30_000);
      waited += 30;
      load = load1();
    }
    waitBudget -= waited;
    String note = String.format(Locale.ROOT, "%s: 1-min load %.2f at start", block, load)
        + (waited > 0 ? " (after waiting " + waited + " s)" : "")
        + (load > limit ? String.format(Locale.ROOT, ", above %.1f (the run's %s s waiting budget used up): measured anyway", limit,
            opt("quiet-wait", "600")) : "");
    loadNotes.add(note);
    return note;
  }

  /** Between rounds of a block: waits (from the same budget) while the machine is busy; returns the load. */
  private String waitBeforeRound(String what) throws InterruptedException {
    double limit = Double.parseDouble(opt("quiet-load", "1.5"));
    double load = load1();
    while (load > limit && waitBudget > 0) {
      progress(String.format(Locale.ROOT, "load %.2f > %.2f: waiting 30 s before %s", load, limit, what));
      Thread.sleep(30_000);
      waitBudget -= 30;
      load = load1();
    }
    return String.format(Locale.ROOT, "%.2f", load);
  }

  private static String loadNow() {
    return String.format(Locale.ROOT, "%.2f", load1());
  }

  private static double load1() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private static String flywayVersion() {
    try (var in = Flyway.class.getResourceAsStream("/org/flywaydb/core/internal/version.txt")) {
      return in == null ? "10" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "10";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // numbers

  private static double median(List<Sample> samples) {
    return median(samples.stream().mapToDouble(Sample::seconds).toArray());
  }

  private static double medianPart(List<Sample> samples, String part) {
    return median(samples.stream().mapToDouble(s -> s.parts().getOrDefault(part, Double.NaN)).toArray());
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static String cell(List<Sample> s) {
    double[] v = s.stream().mapToDouble(Sample::seconds).toArray();
    Arrays.sort(v);
    return secs(median(v)) + " [" + secs(v[0]) + "–" + secs(v[v.length - 1]) + "]";
  }

  static String secs(double seconds) {
    return seconds < 1 ? String.format(Locale.ROOT, "%.0f ms", seconds * 1000) : String.format(Locale.ROOT, "%.2f s", seconds);
  }

  static String ms(double seconds) {
    return seconds < 0.01 ? String.format(Locale.ROOT, "%.2f ms", seconds * 1000) : String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
  }

  private String opt(String name, String fallback) {
    return opts.getOrDefault(name, fallback);
  }

  private static void progress(String message) {
    System.err.println("[apply] " + message);
  }
}
