package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;

/** A target names no revision, branch label or keyword. */
public final class UnknownRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  public UnknownRevisionException(String ref, List<String> nearMatches) {
    this(ref, nearMatches, false);
  }

  /**
   * @param shortIdsOnly the text starts only ids of 3 characters or fewer, which a prefix never
   *     matches (as in Alembic): the message says so
   */
  public UnknownRevisionException(String ref, List<String> nearMatches, boolean shortIdsOnly) {
    super(
        ErrorCode.G004,
        null,
        "no revision, branch label or keyword matches '" + ref + "'",
        details(nearMatches, shortIdsOnly),
        "run retort history to see the revisions, or retort heads for the heads");
  }

  /** A reference that exists but is out of the scope it was asked in. */
  public UnknownRevisionException(String ref, List<String> details, String hint) {
    super(ErrorCode.G004, null, "no revision matches '" + ref + "'", details, hint);
  }

  private static List<String> details(List<String> nearMatches, boolean shortIdsOnly) {
    List<String> details = new ArrayList<>();
    if (!nearMatches.isEmpty()) {
      details.add("did you mean: " + String.join(", ", nearMatches));
    }
    if (shortIdsOnly) {
      details.add("ids of 3 characters or fewer are matched only in full, never by prefix (as in Alembic)");
    }
    return List.copyOf(details);
  }
}
