package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;
import java.util.stream.Collectors;

/** Revises/Depends-On edges form a cycle. */
public final class CycleException extends RetortException {
  private static final long serialVersionUID = 1L;

  /**
   * @param cycle the revisions of the cycle, each revising or depending on the next; the last
   *     revises or depends on the first
   */
  public CycleException(List<Revision> cycle) {
    super(
        ErrorCode.G003,
        cycle.get(0).origin().revisesLocation(),
        "revisions form a cycle: "
            + cycle.stream().map(r -> r.id().value()).collect(Collectors.joining(" -> "))
            + " -> "
            + cycle.get(0).id(),
        cycle.stream().map(r -> r.id() + " revises/depends on the next, in " + dev.retort.error.Paths.display(r.origin().path())).toList(),
        "edit the Revises:/Depends-On: header of one of these files so that history flows one way");
  }
}
