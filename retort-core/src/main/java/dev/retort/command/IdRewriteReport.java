package dev.retort.command;

import dev.retort.run.DatabaseIdRewrite;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an id rewrite changed (or, in a dry run, would change).
 *
 * @param renames the ids renamed, old to new
 * @param files the files rewritten or renamed
 * @param statements the database statements, as shown to users (values written in)
 * @param mentions lines that still name an old id, left alone
 * @param mappingFile the mapping file written, if any
 * @param dryRun whether nothing was written
 */
public record IdRewriteReport(List<DatabaseIdRewrite.Rename> renames, List<FileEdit> files, List<String> statements,
    List<IdMention> mentions, Optional<Path> mappingFile, boolean dryRun) {
  public IdRewriteReport {
    renames = List.copyOf(renames);
    files = List.copyOf(files);
    statements = List.copyOf(statements);
    mentions = List.copyOf(mentions);
  }

  /** Whether there was nothing to change, in the files or the database. */
  public boolean nothingToDo() {
    return files.isEmpty() && statements.isEmpty();
  }
}
