package dev.retort.error;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a problem is: a file, a 1-based line (0 when unknown).
 *
 * @param file the file, relative to the working directory where possible
 * @param line the 1-based line number, or 0 when the whole file is meant
 */
public record Location(Path file, int line) {
  public Location {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line < 0");
    }
  }

  /** A location naming a whole file. */
  public static Location of(Path file) {
    return new Location(file, 0);
  }

  /** The same file at another line. */
  public Location atLine(int newLine) {
    return new Location(file, newLine);
  }

  @Override
  public String toString() {
    String shown = Paths.display(file);
    return line > 0 ? shown + ":" + line : shown;
  }
}
