package dev.retort.bench;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.script.Checksum;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptHeader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a one-shot load spends its time, in a fresh JVM (run it with the flags {@code bin/retort}
 * uses to see what the CLI sees). Each stage is timed once, cold, single-threaded, in the order a
 * load does the work; later stages re-do earlier ones (e.g. {@code ScriptDirectory.read} reads and
 * checksums again) so their share is estimated by difference. Loaded-class counts come from the
 * ClassLoadingMXBean.
 *
 * <p>Usage: {@code ColdProfile <versions-dir>}
 */
public final class ColdProfile {
  private ColdProfile() {}

  public static void main(String[] args) throws IOException {
    Path versions = Path.of(args[0]);
    var classes = ManagementFactory.getClassLoadingMXBean();
    long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainEnteredMs = System.currentTimeMillis();
    List<String> lines = new ArrayList<>();
    lines.add(row("JVM start to main()", mainEnteredMs - jvmStartMs, classes.getLoadedClassCount()));

    long t = System.nanoTime();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(versions)) {
      files = walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    lines.add(row("list " + files.size() + " files (Files.walk + sort)", ms(t), classes.getLoadedClassCount()));

    t = System.nanoTime();
    List<byte[]> contents = new ArrayList<>(files.size());
    long bytes = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      bytes += b.length;
      contents.add(b);
    }
    lines.add(row("read all bytes (" + bytes / 1024 + " KiB)", ms(t), classes.getLoadedClassCount()));

    t = System.nanoTime();
    int sink = 0;
    for (byte[] b : contents) {
      sink += Checksum.of(b).length();
    }
    lines.add(row("SHA-256 checksum of every file (Checksum.of)", ms(t), classes.getLoadedClassCount()));

    t = System.nanoTime();
    for (byte[] b : contents) {
      sink += new String(b, StandardCharsets.UTF_8).length();
    }
    lines.add(row("decode UTF-8", ms(t), classes.getLoadedClassCount()));

    t = System.nanoTime();
    List<ScriptHeader> headers = new ArrayList<>(files.size());
    for (Path f : files) {
      headers.add(ScriptDirectory.read(f));
    }
    lines.add(row("ScriptDirectory.read per file (read + checksum + parse header), 1 thread", ms(t), classes.getLoadedClassCount()));

    t = System.nanoTime();
    List<Revision> revisions = headers.stream().map(ScriptHeader::toRevision).toList();
    lines.add(row("ScriptHeader.toRevision (id checks)", ms(t), classes.getLoadedClassCount()));

    t = System.nanoTime();
    RevisionGraph graph = RevisionGraph.of(revisions);
    sink += graph.heads().size();
    lines.add(row("RevisionGraph.of + heads (build + validate)", ms(t), classes.getLoadedClassCount()));

    t = System.nanoTime();
    RevisionGraph again = new ScriptDirectory(List.of(versions)).graph();
    sink += again.heads().size();
    lines.add(row("again, whole: ScriptDirectory.graph() (parallel read), partly warm", ms(t), classes.getLoadedClassCount()));

    System.out.println("| stage (cold, in order) | ms | classes loaded so far |");
    System.out.println("|---|---:|---:|");
    lines.forEach(System.out::println);
    if (sink == 42) {
      System.out.println();
    }
  }

  private static double ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static String row(String stage, double ms, int classes) {
    return String.format(Locale.ROOT, "| %s | %.0f | %d |", stage, ms, classes);
  }
}
