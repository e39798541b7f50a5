package dev.retort.graph.draw;

/**
 * The lane picture as text, one line per revision and the connecting lines between: {@code * <id>
 * (<label>) (head) (branchpoint) (mergepoint) (current), <message> (depends on: <ids>)}. A
 * revision the database has applied is drawn {@code @} instead of {@code *}; {@code (current)}
 * marks the version table's rows.
 */
public final class AsciiGraph {
  private AsciiGraph() {}

  /** The picture; every line ends in a line break. */
  public static String render(GraphView view) {
    StringBuilder out = new StringBuilder();
    for (LaneRow row : LaneRouter.route(view)) {
      out.append(row.lanes());
      row.revision().ifPresent(r -> out.append(' ').append(text(r)));
      out.append('\n');
    }
    return out.toString();
  }

  /** What follows the lanes on a revision's line. */
  static String text(DrawnRevision revision) {
    StringBuilder out = new StringBuilder(revision.id());
    revision.branchLabels().forEach(label -> out.append(" (").append(label).append(')'));
    if (revision.head()) {
      out.append(" (head)");
    }
    if (revision.branchPoint()) {
      out.append(" (branchpoint)");
    }
    if (revision.mergePoint()) {
      out.append(" (mergepoint)");
    }
    if (revision.current()) {
      out.append(" (current)");
    }
    out.append(", ").append(revision.message());
    if (!revision.dependsOn().isEmpty()) {
      out.append(" (depends on: ").append(String.join(", ", revision.dependsOn())).append(')');
    }
    return out.toString();
  }
}
