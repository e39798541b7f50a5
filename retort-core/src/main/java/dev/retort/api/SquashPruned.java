package dev.retort.api;

import java.nio.file.Path;
import java.util.List;

/**
 * One squash after {@code retort squash --prune}: now an ordinary revision.
 *
 * @param squash the squash revision's id
 * @param replaced the ids of the revisions it replaced, oldest first
 * @param deleted the files deleted (those revisions')
 * @param rewritten the files whose header was rewritten: the squash's, and those that named a
 *     replaced revision in {@code Revises:} or {@code Depends-On:}
 */
public record SquashPruned(String squash, List<String> replaced, List<Path> deleted, List<Path> rewritten) {
  public SquashPruned {
    replaced = List.copyOf(replaced);
    deleted = List.copyOf(deleted);
    rewritten = List.copyOf(rewritten);
  }
}
