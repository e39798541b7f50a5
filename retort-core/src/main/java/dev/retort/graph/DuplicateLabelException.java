package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A branch label is declared twice, or equals a revision id. */
public final class DuplicateLabelException extends RetortException {
  private static final long serialVersionUID = 1L;

  public DuplicateLabelException(String label, Revision owner, Revision second, boolean isId) {
    super(
        ErrorCode.G007,
        second.origin().branchLabelsLocation(),
        isId
            ? "branch label '" + label + "' is also the id of revision " + owner.id()
            : "branch label '" + label + "' is already declared by revision " + owner.id(),
        List.of("first: " + dev.retort.error.Paths.display(owner.origin().path()), "again: " + dev.retort.error.Paths.display(second.origin().path())),
        "pick a label that is unique and is not a revision id");
  }
}
