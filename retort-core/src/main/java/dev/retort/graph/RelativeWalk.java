package dev.retort.graph;

import java.util.List;
import java.util.function.Predicate;

/** Steps {@code N} revisions up (towards heads) or down (towards base) without choosing branches. */
final class RelativeWalk {
  private final RevisionGraph graph;
  private final String text;
  private final Predicate<RevisionId> scope;
  private final List<RevisionId> firstFromBase;

  /**
   * @param firstFromBase where a walk up from base goes first (the roots of a branch), or null for
   *     the bases in scope
   */
  RelativeWalk(RevisionGraph graph, String text, Predicate<RevisionId> scope, List<RevisionId> firstFromBase) {
    this.graph = graph;
    this.text = text;
    this.scope = scope;
    this.firstFromBase = firstFromBase;
  }

  /** From {@code start} (empty: base) up {@code steps} revisions. */
  Resolved up(List<RevisionId> start, int steps) {
    if (steps == 0) {
      return start.isEmpty() ? Resolved.baseOf(List.of(), null) : Resolved.of(start);
    }
    RevisionId at = singleStart(start, "up", "+" + steps);
    for (int taken = 0; taken < steps; taken++) {
      List<RevisionId> next = at == null
          ? (firstFromBase != null ? firstFromBase : graph.bases().stream().filter(scope).toList())
          : graph.children(at).stream().filter(scope).toList();
      if (next.isEmpty()) {
        throw new RelativeRangeException(text, steps, taken, "up from " + (at == null ? "base" : at));
      }
      if (next.size() > 1) {
        String where = at == null ? "there are several bases" : at + " is a branch point";
        throw new AmbiguousWalkException(text, where, next);
      }
      at = next.get(0);
    }
    return Resolved.of(List.of(at));
  }

  /** From {@code start} down {@code steps} revisions; one step below a base is base. */
  Resolved down(List<RevisionId> start, int steps) {
    if (start.isEmpty()) {
      throw new RelativeRangeException(text, steps, 0, "down from base");
    }
    RevisionId at = singleStart(start, "down", "-" + steps);
    for (int taken = 0; taken < steps; taken++) {
      if (at == null) {
        throw new RelativeRangeException(text, steps, taken, "down");
      }
      List<RevisionId> parents = graph.get(at).parents();
      if (parents.size() > 1) {
        throw new AmbiguousWalkException(text, at + " is a merge point", parents.stream().sorted().toList());
      }
      at = parents.isEmpty() ? null : parents.get(0);
    }
    return at == null ? Resolved.baseOf(List.of(), null) : Resolved.of(List.of(at));
  }

  private RevisionId singleStart(List<RevisionId> start, String direction, String move) {
    if (start.size() > 1) {
      throw new AmbiguousWalkException(
          text, "it starts from " + start.size() + " revisions, so " + direction + " has several paths", start,
          start.get(0) + move);
    }
    return start.isEmpty() ? null : start.get(0);
  }
}
