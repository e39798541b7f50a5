package dev.retort.error;

import java.nio.file.Path;

/** Shows paths relative to the working directory when they are below it. */
public final class Paths {
  private Paths() {}

  /** The path as a user should see it: relative to the working directory when inside it. */
  public static String display(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = path.toAbsolutePath().normalize();
    if (abs.startsWith(cwd) && !abs.equals(cwd)) {
      return cwd.relativize(abs).toString();
    }
    return path.toString();
  }
}
