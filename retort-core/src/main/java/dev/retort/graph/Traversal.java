package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks over a {@link RevisionGraph}: ancestors and descendants, iteratively. */
public final class Traversal {
  /** Which edges a walk follows. */
  public enum Edges {
    /** Only {@code Revises:}. */
    PARENTS,
    /** {@code Revises:} and {@code Depends-On:}. */
    PARENTS_AND_DEPENDENCIES
  }

  private final RevisionGraph graph;

  public Traversal(RevisionGraph graph) {
    this.graph = graph;
  }

  /** The revisions themselves and everything they revise (and depend on), transitively. */
  public Set<RevisionId> ancestorsOrSelf(Collection<RevisionId> from, Edges edges) {
    return walk(from, edges, true);
  }

  /** The revisions themselves and everything that revises (or depends on) them, transitively. */
  public Set<RevisionId> descendantsOrSelf(Collection<RevisionId> from, Edges edges) {
    return walk(from, edges, false);
  }

  private Set<RevisionId> walk(Collection<RevisionId> from, Edges edges, boolean down) {
    Set<RevisionId> seen = new HashSet<>(from);
    Deque<RevisionId> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      RevisionId id = todo.pop();
      for (RevisionId next : down ? graph.get(id).parents() : graph.children(id)) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
      if (edges == Edges.PARENTS_AND_DEPENDENCIES) {
        List<RevisionId> more = down ? graph.dependencies(id) : graph.dependents(id);
        for (RevisionId next : more) {
          if (seen.add(next)) {
            todo.push(next);
          }
        }
      }
    }
    return seen;
  }

  /** The ids of the set in topological order (parents first). */
  public List<RevisionId> inOrder(Set<RevisionId> ids) {
    return graph.topologicalOrder().stream().filter(ids::contains).toList();
  }
}
