package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A squash revision whose {@code Replaces:} cannot be honoured: it names revisions that are not a
 * linear chain, some that are gone while others are not, or a revision another squash already
 * replaces.
 */
public final class SquashException extends RetortException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, for lint rules that report one kind each. */
  public enum Kind {
    /** {@code Replaces:} names revisions without a script while others still have theirs. */
    UNKNOWN_REPLACED,
    /** A revision is replaced by two squashes. */
    OVERLAP,
    /** The replaced revisions are not one linear chain the squash can stand in for. */
    NOT_CHAIN
  }

  private final Kind kind;

  SquashException(Revision squash, Kind kind, String problem, String hint) {
    super(ErrorCode.G020, squash.origin().revisionLocation(),
        "squash " + squash.id() + ": " + problem, List.of(), hint);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
