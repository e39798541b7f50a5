package dev.retort.bench;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.graph.ScriptOrigin;
import dev.retort.script.Checksum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A what-if probe, not a product: the least a JVM process can do to print the heads of a SQL
 * versions folder with Retort's own graph code ({@link RevisionGraph}), so the benchmark can say
 * how much of {@code bin/retort heads}' time is the JVM floor and how much is work the CLI could
 * skip. No picocli, no config file (no Jackson): the versions folder is the argument. It lists the
 * folder with one directory stream (no per-file stat, not recursive), reads only the first 4 KiB
 * of each file (the header), parses {@code Revision:}/{@code Revises:} lines naively (no error
 * reporting, no typo checks), computes no checksum, then builds and validates the graph exactly as
 * Retort does and prints the heads.
 *
 * <p>Switches (system properties) put the skipped work back one piece at a time: {@code
 * -Dprobe.fullRead=true} reads whole files, {@code -Dprobe.checksum=true} also SHA-256s them with
 * {@link Checksum#of}, {@code -Dprobe.threads=N} reads on N threads (default 1); {@code -Dprobe.trace=true} prints the
 * time of each phase to stderr.
 *
 * <p>Usage: {@code LeanHeadsProbe <versions-dir>}
 */
public final class LeanHeadsProbe {
  private LeanHeadsProbe() {}

  public static void main(String[] args) throws Exception {
    Path versions = Path.of(args[0]);
    boolean fullRead = Boolean.getBoolean("probe.fullRead");
    boolean checksum = Boolean.getBoolean("probe.checksum");
    int threads = Integer.getInteger("probe.threads", 1);
    boolean trace = Boolean.getBoolean("probe.trace");
    long t0 = System.nanoTime();

    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(versions, "*.sql")) {
      dir.forEach(files::add);
    }
    files.sort(null);
    long t1 = System.nanoTime();
    Revision[] revisions = new Revision[files.size()];
    if (threads <= 1) {
      for (int i = 0; i < revisions.length; i++) {
        revisions[i] = read(files.get(i), fullRead, checksum);
      }
    } else {
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        Thread worker = new Thread(() -> {
          for (int i = first; i < revisions.length; i += threads) {
            revisions[i] = read(files.get(i), fullRead, checksum);
          }
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
    }
    long t2 = System.nanoTime();
    RevisionGraph graph = RevisionGraph.of(List.of(revisions));
    graph.heads();
    long t3 = System.nanoTime();
    StringBuilder out = new StringBuilder();
    for (RevisionId head : graph.heads()) {
      out.append(head.value()).append(" (head)\n");
    }
    System.out.print(out);
    if (trace) {
      System.err.printf(
          "probe: JVM start to main %d ms, list %.0f ms, read+parse %.0f ms, graph %.0f ms, print %.0f ms%n",
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
              - (System.nanoTime() - t0) / 1_000_000,
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (System.nanoTime() - t3) / 1e6);
    }
  }

  private static Revision read(Path file, boolean fullRead, boolean checksum) {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = fullRead || checksum ? in.readAllBytes() : in.readNBytes(4096);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String sum = checksum ? Checksum.of(bytes) : "";
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String id = null;
    List<RevisionId> parents = List.of();
    String message = "";
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (!line.startsWith("--") || line.startsWith("-- +")) {
        if (line.isBlank()) {
          continue;
        }
        break;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(2, colon).trim();
      String value = line.substring(colon + 1).trim();
      switch (key) {
        case "Revision" -> id = value;
        case "Revises" -> {
          List<RevisionId> ps = new ArrayList<>(2);
          for (String p : value.split(",")) {
            if (!p.isBlank()) {
              ps.add(new RevisionId(p.trim()));
            }
          }
          parents = ps;
        }
        case "Message" -> message = value;
        default -> { }
      }
    }
    return new Revision(
        new RevisionId(id), parents, List.of(), Set.of(), message, "", RevisionKind.SQL, sum, true,
        new ScriptOrigin(file, 1, 2, 0, 0));
  }
}
