package dev.retort.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code rename-revision} or {@code rewrite-ids} changed, or in a dry run would change.
 *
 * @param renames the ids renamed, old to new, bases first
 * @param files the files rewritten (and renamed)
 * @param statements the database statements, values written in (as shown; they run as prepared statements)
 * @param mentions lines that still name an old id and were left alone
 * @param mappingFile the id mapping file written, if any
 * @param dryRun whether nothing was written
 */
public record IdRewriteResult(List<RenamedId> renames, List<RenamedFile> files, List<String> statements,
    List<OldIdMention> mentions, Optional<Path> mappingFile, boolean dryRun) {
  public IdRewriteResult {
    renames = List.copyOf(renames);
    files = List.copyOf(files);
    statements = List.copyOf(statements);
    mentions = List.copyOf(mentions);
  }

  /** Whether there was nothing to rename, in the files or in the database. */
  public boolean nothingToDo() {
    return files.isEmpty() && statements.isEmpty();
  }
}
