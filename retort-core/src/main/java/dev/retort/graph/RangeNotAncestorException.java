package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** In a {@code from:to} range, {@code from} is not an ancestor of {@code to}. */
public final class RangeNotAncestorException extends RetortException {
  private static final long serialVersionUID = 1L;

  public RangeNotAncestorException(String from, String to) {
    super(
        ErrorCode.G012,
        null,
        "range " + from + ":" + to + " is empty: " + from + " is not an ancestor of " + to,
        List.of(),
        "swap the ends (" + to + ":" + from + "), or check with retort history which revisions lie between");
  }
}
