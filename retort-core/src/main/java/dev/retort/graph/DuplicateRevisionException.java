package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** Two script files declare the same revision id. */
public final class DuplicateRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  public DuplicateRevisionException(Revision first, Revision second) {
    super(
        ErrorCode.G001,
        second.origin().revisionLocation(),
        "revision id '" + second.id() + "' is already declared",
        List.of(
            "first:  " + first.origin().revisionLocation(),
            "second: " + second.origin().revisionLocation()),
        hint(second));
  }

  private static String hint(Revision second) {
    if (second.kind() == RevisionKind.PYTHON) {
      return "give one of them a new id (revision = \"<12 hex digits>\", as alembic revision writes), and update any"
          + " down_revision/depends_on that meant it";
    }
    return "give one of them a new id (e.g. retort revision picks a random 12-hex id), and update any"
        + " Revises:/Depends-On: that meant it";
  }
}
