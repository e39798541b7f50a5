package dev.retort.command;

import dev.retort.run.DatabaseIdRewrite;
import dev.retort.script.Checksum;
import dev.retort.script.IdRewrite;
import java.util.List;

/**
 * Everything an id rewrite will change in the files, validated: the renames, each file's new
 * text and path, and the lines that still mention an old id.
 *
 * @param renames the ids, old to new, in topological order of the revisions
 * @param files the files that change
 * @param mentions lines that mention an old id and stay as they are
 */
record IdRewritePlan(List<DatabaseIdRewrite.Rename> renames, List<FileEdit> files, List<IdMention> mentions) {
  IdRewritePlan {
    renames = List.copyOf(renames);
    files = List.copyOf(files);
    mentions = List.copyOf(mentions);
  }

  /** Each changed file's checksum before and after, for the history's accept rows. */
  List<DatabaseIdRewrite.FileChecksum> checksums() {
    return files.stream().map(f -> new DatabaseIdRewrite.FileChecksum(f.oldId(), f.newId(),
        Checksum.of(IdRewrite.bytes(f.before())), Checksum.of(IdRewrite.bytes(f.after())))).toList();
  }
}
