package dev.retort.plan;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.Squash;
import java.util.List;

/**
 * A target the database cannot reach because of a squash: a revision inside a range the database
 * applied as its squash, or the squash of a range the database is part-way through.
 */
public final class SquashedTargetException extends RetortException {
  private static final long serialVersionUID = 1L;

  private SquashedTargetException(String summary, List<String> details, String hint) {
    super(ErrorCode.P010, null, summary, details, hint);
  }

  /** {@code target} names a replaced revision, and the database reads the range as {@code squash}. */
  static SquashedTargetException insideApplied(String target, Squash squash, RevisionGraph graph, Object rows) {
    List<?> parents = graph.get(squash.id()).parents();
    return new SquashedTargetException(
        "target '" + target + "' is inside the range " + range(squash) + " that squash " + squash.id()
            + " replaces, and this database has that range applied, so it is read as " + squash.id(),
        List.of("current version rows: " + rows,
            "a database that applied the range moves through " + squash.id() + " as one step, in both directions"),
        "use " + squash.id() + " for the end of the range, or go below it: retort downgrade "
            + (parents.isEmpty() ? "base" : parents.get(0).toString()));
  }

  /** {@code target} names {@code squash}, and the database is part-way through the range it replaces. */
  static SquashedTargetException partWay(String target, Squash squash, Object rows) {
    return new SquashedTargetException(
        "target '" + target + "' is squash " + squash.id() + ", and this database is part-way through the range "
            + range(squash) + " it replaces, so it finishes that range through the old revisions",
        List.of("current version rows: " + rows),
        "retort upgrade " + squash.to() + "   (from then on the database is read as having " + squash.id() + ")");
  }

  private static String range(Squash squash) {
    return squash.from() + ".." + squash.to();
  }
}
