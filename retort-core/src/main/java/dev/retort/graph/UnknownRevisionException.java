package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A target names no revision, branch label or keyword. */
public final class UnknownRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  public UnknownRevisionException(String ref, List<String> nearMatches) {
    super(
        ErrorCode.G004,
        null,
        "no revision, branch label or keyword matches '" + ref + "'",
        nearMatches.isEmpty() ? List.of() : List.of("did you mean: " + String.join(", ", nearMatches)),
        "run retort history to see the revisions, or retort heads for the heads");
  }

  /** A reference that exists but is out of the scope it was asked in. */
  public UnknownRevisionException(String ref, List<String> details, String hint) {
    super(ErrorCode.G004, null, "no revision matches '" + ref + "'", details, hint);
  }
}
