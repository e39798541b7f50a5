package dev.retort.graph;

import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The file a revision was read from and the lines of its header fields, so that errors can name
 * file and line. A line is 0 when the field is absent.
 *
 * @param path the script file
 * @param revisionLine line of the revision id
 * @param revisesLine line of {@code Revises:}
 * @param dependsOnLine line of {@code Depends-On:}
 * @param branchLabelsLine line of {@code Branch-Labels:}
 */
public record ScriptOrigin(
    Path path, int revisionLine, int revisesLine, int dependsOnLine, int branchLabelsLine) {
  public ScriptOrigin {
    Objects.requireNonNull(path, "path");
  }

  /** An origin for revisions built in memory (tests, generators). */
  public static ScriptOrigin inMemory(String id) {
    return new ScriptOrigin(Path.of("<memory>", id), 0, 0, 0, 0);
  }

  public Location revisionLocation() {
    return new Location(path, revisionLine);
  }

  public Location revisesLocation() {
    return new Location(path, revisesLine);
  }

  public Location dependsOnLocation() {
    return new Location(path, dependsOnLine);
  }

  public Location branchLabelsLocation() {
    return new Location(path, branchLabelsLine);
  }

  /** The file name without directory and extension. */
  public String stem() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
