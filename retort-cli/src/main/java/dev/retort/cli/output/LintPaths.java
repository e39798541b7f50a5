package dev.retort.cli.output;

import java.nio.file.Path;

/** Shows finding paths relative to the folder {@code retort} runs in, with '/' separators. */
final class LintPaths {
  private final Path base;

  LintPaths(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  String show(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path shown = abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }
}
