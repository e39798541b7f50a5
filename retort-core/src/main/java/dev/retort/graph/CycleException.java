package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Revises/Depends-On edges form a cycle. The error is located at the header line of one edge of
 * the cycle: a {@code Depends-On:} line when the cycle runs through one (the likelier mistake), else
 * a {@code Revises:} line; each detail line names the header and line of one edge.
 */
public final class CycleException extends RetortException {
  private static final long serialVersionUID = 1L;

  /**
   * @param cycle the revisions of the cycle, each revising or depending on the next; the last
   *     revises or depends on the first
   */
  public CycleException(List<Revision> cycle) {
    super(
        ErrorCode.G003,
        edgeLocation(startingAtADependency(cycle), 0),
        summary(startingAtADependency(cycle)),
        edges(startingAtADependency(cycle)),
        "edit the Revises:/Depends-On: header of one of these files so that history flows one way");
  }

  private static String summary(List<Revision> cycle) {
    return "revisions form a cycle: "
        + cycle.stream().map(r -> r.id().value()).collect(Collectors.joining(" -> "))
        + " -> "
        + cycle.get(0).id();
  }

  /** The cycle rotated to start at the first revision whose edge is a Depends-On, if any. */
  private static List<Revision> startingAtADependency(List<Revision> cycle) {
    for (int i = 0; i < cycle.size(); i++) {
      if (!revisesNext(cycle, i)) {
        List<Revision> rotated = new ArrayList<>(cycle.subList(i, cycle.size()));
        rotated.addAll(cycle.subList(0, i));
        return rotated;
      }
    }
    return cycle;
  }

  /** True when member i names the next member in Revises:, false when only in Depends-On:. */
  private static boolean revisesNext(List<Revision> cycle, int i) {
    return cycle.get(i).parents().contains(next(cycle, i).id());
  }

  private static Revision next(List<Revision> cycle, int i) {
    return cycle.get((i + 1) % cycle.size());
  }

  private static Location edgeLocation(List<Revision> cycle, int i) {
    ScriptOrigin origin = cycle.get(i).origin();
    return revisesNext(cycle, i) ? origin.revisesLocation() : origin.dependsOnLocation();
  }

  private static List<String> edges(List<Revision> cycle) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cycle.size(); i++) {
      String verb = revisesNext(cycle, i) ? " revises " : " depends on ";
      String header = revisesNext(cycle, i) ? "Revises:" : "Depends-On:";
      lines.add(cycle.get(i).id() + verb + next(cycle, i).id() + " (" + header + " " + edgeLocation(cycle, i) + ")");
    }
    return lines;
  }
}
