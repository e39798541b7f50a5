package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A relative move walks past a base or past a head. */
public final class RelativeRangeException extends RetortException {
  private static final long serialVersionUID = 1L;

  public RelativeRangeException(String target, int steps, int possible, String direction) {
    this(
        "relative target '" + target + "' needs " + steps + " steps " + direction + " but only " + possible + " exist",
        "use a smaller step count, or name the revision explicitly (retort history lists them)");
  }

  private RelativeRangeException(String summary, String hint) {
    super(ErrorCode.G008, null, summary, List.of(), hint);
  }

  /**
   * {@code upgrade -N} or {@code upgrade <label>@-N}: steps down from the database's current
   * revisions, where an upgrade only moves up (Alembic: "Relative revision -N didn't produce N
   * migrations").
   *
   * @param target the target text, ending in {@code -N}
   * @param steps N
   */
  public static RelativeRangeException downOnUpgrade(String target, int steps) {
    String up = target.substring(0, target.lastIndexOf('-')) + "+" + steps;
    return new RelativeRangeException(
        "upgrade target '" + target + "' moves " + steps + (steps == 1 ? " step" : " steps")
            + " down from the current revisions, and upgrade only moves up",
        "to go back: retort downgrade " + target + "   to go forward: retort upgrade " + up);
  }
}
