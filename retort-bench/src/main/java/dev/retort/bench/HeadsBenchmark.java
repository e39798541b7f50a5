package dev.retort.bench;

import dev.retort.bench.HistoryGenerator.Shape;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptHeader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * In-process benchmark of loading a script directory: list + read + parse headers + checksum
 * ({@link ScriptDirectory#headers()}), build and validate the graph, and take its heads; plus the
 * heap the loaded graph keeps.
 *
 * <p>The parent process generates (or reuses) each history under the output folder, reads its
 * files once (so the OS page cache is warm), then runs each (shape, size) case in a fresh child
 * JVM, so the first ("cold") run of every case starts with an unwarmed JIT and no classes loaded;
 * the following runs are "warm". Children run with {@code
 * -Xmx512m} by default, so a case completing at all shows the whole load (peak, not just retained)
 * fits in 512 MB of heap.
 *
 * <p>Usage: {@code HeadsBenchmark [--out bench/out] [--sizes 1000,10000,100000] [--shapes
 * linear,branchy] [--warm-runs N] [--alembic-max-size N] [--child-jvm "-Xmx512m ..."]}
 */
public final class HeadsBenchmark {
  private static final String RESULT = "RESULT ";

  /** One case's measurements, all times in milliseconds. */
  record Result(
      String shape,
      int size,
      int revisions,
      int heads,
      double coldMs,
      double coldCpuMs,
      double warmMedianMs,
      double warmCpuMs,
      double warmMinMs,
      int warmRuns,
      double headersMs,
      double buildMs,
      long heapBaseline,
      long heapWithGraph,
      long maxHeap) {

    String encode() {
      return String.join(
          " ",
          shape,
          Integer.toString(size),
          Integer.toString(revisions),
          Integer.toString(heads),
          Double.toString(coldMs),
          Double.toString(coldCpuMs),
          Double.toString(warmMedianMs),
          Double.toString(warmCpuMs),
          Double.toString(warmMinMs),
          Integer.toString(warmRuns),
          Double.toString(headersMs),
          Double.toString(buildMs),
          Long.toString(heapBaseline),
          Long.toString(heapWithGraph),
          Long.toString(maxHeap));
    }

    static Result decode(String line) {
      String[] f = line.trim().split(" ");
      return new Result(
          f[0],
          Integer.parseInt(f[1]),
          Integer.parseInt(f[2]),
          Integer.parseInt(f[3]),
          Double.parseDouble(f[4]),
          Double.parseDouble(f[5]),
          Double.parseDouble(f[6]),
          Double.parseDouble(f[7]),
          Double.parseDouble(f[8]),
          Integer.parseInt(f[9]),
          Double.parseDouble(f[10]),
          Double.parseDouble(f[11]),
          Long.parseLong(f[12]),
          Long.parseLong(f[13]),
          Long.parseLong(f[14]));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(Shape.parse(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
      return;
    }
    Path out = Path.of("bench/out");
    List<Integer> sizes = List.of(1_000, 10_000, 100_000);
    List<Shape> shapes = List.of(Shape.LINEAR, Shape.BRANCHY);
    int warmRuns = 5;
    int alembicMaxSize = 10_000;
    String childJvm = "-Xmx512m";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> Integer.parseInt(s.trim().replace("_", ""))).toList();
        case "--shapes" -> shapes = Arrays.stream(args[++i].split(",")).map(Shape::parse).toList();
        case "--warm-runs" -> warmRuns = Integer.parseInt(args[++i]);
        case "--alembic-max-size" -> alembicMaxSize = Integer.parseInt(args[++i]);
        case "--child-jvm" -> childJvm = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }

    List<Result> results = new ArrayList<>();
    for (int size : sizes) {
      for (Shape shape : shapes) {
        Path dir = caseDir(out, shape, size);
        long start = System.nanoTime();
        boolean wrote = new HistoryGenerator(shape, size, HistoryGenerator.DEFAULT_SEED).ensure(dir, size <= alembicMaxSize, false);
        System.err.printf(
            Locale.ROOT,
            "%s %-7s %,7d -> %s (%.1f s)%n",
            wrote ? "generated" : "cached   ",
            shape.label(),
            size,
            dir,
            (System.nanoTime() - start) / 1e9);
        Path versions = dir.resolve("migrations").resolve("versions");
        warmFileCache(versions);
        results.add(runChild(shape, size, versions, warmRuns, childJvm));
      }
    }
    String table = table(results, childJvm);
    System.out.print(table);
    Files.createDirectories(out);
    Files.writeString(out.resolve("inprocess.md"), table);
  }

  /**
   * Reads every file once so the child's first run is cold in the JVM (JIT, class loading) but not
   * in the OS page cache. This VM pages out files nobody touched for a while (DAMON reclaim), which
   * otherwise turns the first load of a big history into a disk benchmark.
   */
  static void warmFileCache(Path versions) throws IOException {
    try (Stream<Path> files = Files.list(versions)) {
      files.parallel().forEach(f -> {
        try {
          Files.readAllBytes(f);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  /** Where a case's history lives. */
  static Path caseDir(Path out, Shape shape, int size) {
    return out.resolve(shape.label() + "-" + size);
  }

  private static Result runChild(Shape shape, int size, Path versions, int warmRuns, String childJvm)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String opt : childJvm.trim().split("\\s+")) {
      if (!opt.isEmpty()) {
        command.add(opt);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HeadsBenchmark.class.getName());
    command.add("--child");
    command.add(shape.label());
    command.add(Integer.toString(size));
    command.add(versions.toString());
    command.add(Integer.toString(warmRuns));
    System.err.println("  in-process: " + shape.label() + " " + size + " (fresh JVM, " + childJvm + ")");
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Result result = null;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith(RESULT)) {
          result = Result.decode(line.substring(RESULT.length()));
        } else {
          System.err.println("  | " + line);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      throw new IllegalStateException("benchmark child for " + shape.label() + " " + size + " failed (exit " + exit + ")");
    }
    return result;
  }

  /** Runs in a fresh JVM: one cold run, then warm runs, then a stage breakdown and the heap. */
  private static void child(Shape shape, int size, Path versions, int warmRuns) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBaseline = heapAfterGc(memory);

    long c0 = processCpuNanos();
    long t0 = System.nanoTime();
    RevisionGraph graph = loadAndHeads(versions);
    double coldMs = (System.nanoTime() - t0) / 1e6;
    double coldCpuMs = (processCpuNanos() - c0) / 1e6;
    check(graph, size);

    double[] warm = new double[warmRuns];
    double[] warmCpu = new double[warmRuns];
    for (int i = 0; i < warmRuns; i++) {
      graph = null; // let the previous graph go, as a fresh load would not have it
      long c = processCpuNanos();
      long t = System.nanoTime();
      graph = loadAndHeads(versions);
      warm[i] = (System.nanoTime() - t) / 1e6;
      warmCpu[i] = (processCpuNanos() - c) / 1e6;
      check(graph, size);
    }

    // Stage breakdown (warm): read+parse+checksum every file, then id checks + graph build/validate.
    double[] headersMs = new double[warmRuns];
    double[] buildMs = new double[warmRuns];
    for (int i = 0; i < warmRuns; i++) {
      graph = null;
      ScriptDirectory dir = new ScriptDirectory(List.of(versions));
      long t = System.nanoTime();
      List<ScriptHeader> headers = dir.headers();
      long t2 = System.nanoTime();
      List<Revision> revisions = headers.stream().map(ScriptHeader::toRevision).toList();
      graph = RevisionGraph.of(revisions);
      graph.heads();
      long t3 = System.nanoTime();
      headersMs[i] = (t2 - t) / 1e6;
      buildMs[i] = (t3 - t2) / 1e6;
      check(graph, size);
    }

    // Heap with one loaded graph still reachable, after full GCs.
    graph = loadAndHeads(versions);
    long heapWithGraph = heapAfterGc(memory);
    int heads = graph.heads().size();
    int revisions = graph.size();
    Reference.reachabilityFence(graph);

    Result result =
        new Result(
            shape.label(),
            size,
            revisions,
            heads,
            coldMs,
            coldCpuMs,
            median(warm),
            median(warmCpu),
            Arrays.stream(warm).min().orElse(Double.NaN),
            warmRuns,
            median(headersMs),
            median(buildMs),
            heapBaseline,
            heapWithGraph,
            memory.getHeapMemoryUsage().getMax());
    System.out.println(RESULT + result.encode());
  }

  /** CPU time of the whole JVM (every thread: the parallel readers, JIT compilers, GC). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** What the benchmark times: load the script directory into a validated graph and take its heads. */
  static RevisionGraph loadAndHeads(Path versions) {
    RevisionGraph graph = new ScriptDirectory(List.of(versions)).graph();
    if (graph.heads().isEmpty()) {
      throw new IllegalStateException("no heads");
    }
    return graph;
  }

  private static void check(RevisionGraph graph, int size) {
    if (graph.size() != size || graph.heads().size() != 1) {
      throw new IllegalStateException("expected " + size + " revisions and 1 head, got " + graph.size() + " and " + graph.heads());
    }
  }

  /** Heap in use (MemoryMXBean.getHeapMemoryUsage().getUsed()) after explicit full GCs. */
  private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String table(List<Result> results, String childJvm) {
    StringBuilder s = new StringBuilder();
    s.append("In-process load + validate + heads (`new ScriptDirectory(List.of(versions)).graph().heads()`), one fresh JVM per row (")
        .append(childJvm.isBlank() ? "default flags" : "`" + childJvm + "`")
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append("), files read once beforehand so the OS page cache is warm; \"cold\" = first load in that JVM.\n");
    s.append("Heap = `MemoryMXBean.getHeapMemoryUsage().getUsed()` after `System.gc()` with the loaded graph still reachable;"
            + " \"graph\" = that minus the same figure before loading.\n\n");
    s.append("Times are wall clock; cpu = CPU time of the whole JVM over the same interval (all threads, incl. JIT and GC).\n\n");
    s.append("| shape | revisions | heads | cold run | warm median | warm min | read+parse (warm) | graph build (warm) | heap used | of which graph |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %d | %s | %s | %s | %s | %s | %s | %s |%n",
              r.shape(),
              r.revisions(),
              r.heads(),
              ms(r.coldMs()) + "<br>cpu " + ms(r.coldCpuMs()),
              ms(r.warmMedianMs()) + " (n=" + r.warmRuns() + ")<br>cpu " + ms(r.warmCpuMs()),
              ms(r.warmMinMs()),
              ms(r.headersMs()),
              ms(r.buildMs()),
              mb(r.heapWithGraph()),
              mb(r.heapWithGraph() - r.heapBaseline())));
    }
    return s.toString();
  }

  private static String ms(double ms) {
    return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

}
