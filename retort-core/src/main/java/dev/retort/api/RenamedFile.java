package dev.retort.api;

import java.nio.file.Path;
import java.util.List;

/**
 * A revision file that an id rewrite changed: its header (the revision's own id, or a reference
 * to a renamed one), and its name when the name held the old id.
 *
 * @param before the file's path before
 * @param after its path after (the same when the name held no renamed id)
 * @param oldId the revision's id before
 * @param newId its id after (the same when only a reference changed)
 * @param lines the lines that changed
 */
public record RenamedFile(Path before, Path after, String oldId, String newId, List<ChangedLine> lines) {
  public RenamedFile {
    lines = List.copyOf(lines);
  }

  /** Whether the file gets another name. */
  public boolean moved() {
    return !before.equals(after);
  }
}
