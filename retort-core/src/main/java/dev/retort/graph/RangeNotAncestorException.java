package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** In a {@code from:to} range, {@code from} is not an ancestor of {@code to}. */
public final class RangeNotAncestorException extends RetortException {
  private static final long serialVersionUID = 1L;

  /**
   * @param swappedWorks whether {@code to:from} is a non-empty range (the ends were given the wrong way round)
   */
  public RangeNotAncestorException(String from, String to, boolean swappedWorks) {
    super(
        ErrorCode.G012,
        null,
        "range " + from + ":" + to + " is empty: " + from + " is not an ancestor of " + to,
        List.of(swappedWorks ? to + " is an ancestor of " + from : "the two ends are on different branches"),
        swappedWorks
            ? "swap the ends: " + to + ":" + from
            : "use ends on one line of history, e.g. " + from + ": and :" + to + " separately");
  }
}
