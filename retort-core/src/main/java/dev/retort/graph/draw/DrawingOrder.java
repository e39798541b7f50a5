package dev.retort.graph.draw;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The order a picture lists revisions in: newest first, every revision before its parents, and a
 * branch's revisions together (a depth-first walk from the heads of the picture, sorted by id,
 * that follows first parents first). Deterministic for a given graph.
 */
final class DrawingOrder {
  private DrawingOrder() {}

  /** The revisions of {@code shown}, newest first. */
  static List<RevisionId> newestFirst(RevisionGraph graph, Set<RevisionId> shown) {
    List<RevisionId> tops = graph.topologicalOrder().stream()
        .filter(shown::contains)
        .filter(id -> graph.children(id).stream().noneMatch(shown::contains))
        .sorted()
        .toList();
    List<RevisionId> parentsFirst = new ArrayList<>();
    Set<RevisionId> seen = new HashSet<>();
    // walk the tops in reverse, so that after the final reversal the first top by id comes first
    List<RevisionId> starts = new ArrayList<>(tops);
    Collections.reverse(starts);
    for (RevisionId start : starts) {
      postOrder(graph, shown, start, seen, parentsFirst);
    }
    Collections.reverse(parentsFirst);
    return parentsFirst;
  }

  /** Appends {@code start} and its unvisited ancestors in {@code shown}, parents before children. */
  private static void postOrder(
      RevisionGraph graph, Set<RevisionId> shown, RevisionId start, Set<RevisionId> seen, List<RevisionId> out) {
    if (!seen.add(start)) {
      return;
    }
    Deque<RevisionId> path = new ArrayDeque<>();
    Deque<Integer> nextParent = new ArrayDeque<>();
    path.push(start);
    nextParent.push(0);
    while (!path.isEmpty()) {
      RevisionId at = path.peek();
      List<RevisionId> parents = graph.get(at).parents();
      int i = nextParent.pop();
      // later parents first: the first parent's line is then listed right below the revision
      RevisionId next = null;
      while (i < parents.size() && next == null) {
        RevisionId candidate = parents.get(parents.size() - 1 - i);
        i++;
        if (shown.contains(candidate) && seen.add(candidate)) {
          next = candidate;
        }
      }
      nextParent.push(i);
      if (next == null) {
        path.pop();
        nextParent.pop();
        out.add(at);
      } else {
        path.push(next);
        nextParent.push(0);
      }
    }
  }
}
