package dev.retort.cli.commands;

import dev.retort.api.Retort;
import dev.retort.api.SchemaComparison;
import dev.retort.cli.RetortCli;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** What {@code check}, {@code diff} and {@code revision --autogenerate} share: {@code --classpath}, the scratch line. */
final class CompareRun {
  private CompareRun() {}

  /** The project, with {@code classpath} (entries separated by the platform's path separator) when given. */
  static Retort project(RetortCli root, String classpath) {
    Retort retort = root.retort();
    if (classpath == null || classpath.isBlank()) {
      return retort;
    }
    List<Path> entries = Arrays.stream(classpath.split(Pattern.quote(File.pathSeparator)))
        .map(String::strip).filter(s -> !s.isEmpty()).map(s -> root.workingDirectory().resolve(s).normalize()).toList();
    return retort.withClasspath(entries);
  }

  /** Prints {@code scratch: <database>} on stderr when a scratch database was used (not with -q). */
  static void scratchLine(RetortCli root, PrintWriter err, SchemaComparison comparison) {
    if (!comparison.scratch().isEmpty() && !root.quiet()) {
      err.println("scratch: " + comparison.scratch());
      err.flush();
    }
  }
}
