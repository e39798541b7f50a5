package dev.retort.cli.commands;

import dev.retort.api.Retort;
import dev.retort.autogen.source.SnapshotCache;
import dev.retort.cli.RetortCli;
import dev.retort.command.Comparison;
import dev.retort.command.SourceSpec;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What {@code check} and {@code diff} share: the project with {@code --classpath}, the snapshot cache, the scratch line. */
final class CompareRun {
  private CompareRun() {}

  /** The project, with {@code classpath} (entries separated by the platform's path separator) when given. */
  static Retort project(RetortCli root, String classpath) {
    Retort retort = root.retort();
    if (classpath == null || classpath.isBlank()) {
      return retort;
    }
    List<Path> entries = Arrays.stream(classpath.split(java.util.regex.Pattern.quote(File.pathSeparator)))
        .map(String::strip).filter(s -> !s.isEmpty()).map(s -> root.workingDirectory().resolve(s).normalize()).toList();
    return Retort.open(retort.config().withClasspath(entries));
  }

  /** Compares, then prints {@code scratch: <database>} on stderr once when a scratch database was used (not with -q). */
  static Comparison compare(RetortCli root, PrintWriter err, Retort retort, SourceSpec current, SourceSpec desired) {
    SnapshotCache cache = new SnapshotCache(SnapshotCache.defaultFolder(root.environment()));
    Comparison comparison = retort.compare(current, desired, Optional.of(cache));
    if (!comparison.scratchDescription().isEmpty() && !root.quiet()) {
      err.println("scratch: " + comparison.scratchDescription());
      err.flush();
    }
    return comparison;
  }

  /** The folder the project's own URL is taken against: the configuration file's. */
  static Path projectBase(Retort retort) {
    return retort.config().configFile().map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
  }
}
