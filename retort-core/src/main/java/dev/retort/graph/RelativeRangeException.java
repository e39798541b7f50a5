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

  /**
   * {@code downgrade +N} or {@code downgrade <label>@+N}: steps up from the database's current
   * revisions, where a downgrade only moves down (Alembic: "Relative revision +N didn't produce N
   * migrations").
   *
   * @param target the target text, ending in {@code +N}
   * @param steps N, at least 1
   */
  public static RelativeRangeException upOnDowngrade(String target, int steps) {
    String down = target.substring(0, target.lastIndexOf('+')) + "-" + steps;
    return new RelativeRangeException(
        "downgrade target '" + target + "' moves " + steps + (steps == 1 ? " step" : " steps")
            + " up from the current revisions, and downgrade only moves down",
        "to go forward: retort upgrade " + target + "   to go back: retort downgrade " + down);
  }

  /**
   * {@code +0}, {@code -0}, {@code <label>@+0} or {@code <label>@-0} in an upgrade or downgrade:
   * zero steps from the database's current revisions name no move (Alembic: "Relative revision 0
   * didn't produce 0 migrations"). {@code <target>+0} is the target itself and stays valid.
   *
   * @param command {@code upgrade} or {@code downgrade}
   * @param target the target text, ending in {@code +0} or {@code -0}
   */
  public static RelativeRangeException zeroSteps(String command, String target) {
    String base = target.substring(0, target.length() - 2);
    String sign = command.equals("upgrade") ? "+" : "-";
    return new RelativeRangeException(
        command + " target '" + target + "' moves 0 steps from the current revisions, so there is nothing to "
            + command,
        "move at least one step: retort " + command + " " + base + sign + "1   (retort current shows where the"
            + " database is)");
  }
}
