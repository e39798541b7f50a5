package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A relative move walks past a base or past a head. */
public final class RelativeRangeException extends RetortException {
  private static final long serialVersionUID = 1L;

  public RelativeRangeException(String target, int steps, int possible, String direction) {
    super(
        ErrorCode.G008,
        null,
        "relative target '"
            + target
            + "' needs "
            + steps
            + " steps "
            + direction
            + " but only "
            + possible
            + " exist",
        List.of(),
        "use a smaller step count, or name the revision explicitly (retort history lists them)");
  }
}
