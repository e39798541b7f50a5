package dev.retort.command;

import dev.retort.graph.RevisionId;
import java.nio.file.Path;
import java.util.List;

/**
 * One squash after {@code retort squash --prune}.
 *
 * @param squash the squash, now an ordinary revision
 * @param replaced the revisions whose files were deleted, oldest first
 * @param deleted their files
 * @param rewritten files whose header changed: the squash's (its {@code Replaces:} line dropped) and
 *     those whose {@code Revises:} or {@code Depends-On:} named a replaced revision (now the squash)
 */
public record PrunedSquash(RevisionId squash, List<RevisionId> replaced, List<Path> deleted, List<Path> rewritten) {
  public PrunedSquash {
    replaced = List.copyOf(replaced);
    deleted = List.copyOf(deleted);
    rewritten = List.copyOf(rewritten);
  }
}
