package dev.retort.command;

import dev.retort.script.IdRewrite;
import java.nio.file.Path;
import java.util.List;

/**
 * One revision file an id rewrite changes.
 *
 * @param from the file as it is
 * @param to where it goes (the same path when its name keeps no id)
 * @param oldId the revision's id before the rewrite
 * @param newId its id afterwards (the same when only a reference changes)
 * @param before the file's text now
 * @param after its text afterwards
 * @param lines the lines that change
 */
public record FileEdit(Path from, Path to, String oldId, String newId, String before, String after,
    List<IdRewrite.LineChange> lines) {
  public FileEdit {
    lines = List.copyOf(lines);
  }
}
