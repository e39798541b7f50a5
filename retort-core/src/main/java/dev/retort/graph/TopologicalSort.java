package dev.retort.graph;

import dev.retort.error.RetortException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic topological order over parent and dependency edges. Kahn's algorithm with a
 * stack, so a branch is emitted as one run before the next begins; ties break by id. Revisions on
 * a cycle are reported as a {@link CycleException}.
 */
final class TopologicalSort {
  private final Map<RevisionId, Revision> byId;
  private final Map<RevisionId, List<RevisionId>> children;
  private final Map<RevisionId, List<RevisionId>> dependents;
  private final Map<RevisionId, List<RevisionId>> dependencies;

  TopologicalSort(
      Map<RevisionId, Revision> byId,
      Map<RevisionId, List<RevisionId>> children,
      Map<RevisionId, List<RevisionId>> dependents,
      Map<RevisionId, List<RevisionId>> dependencies) {
    this.byId = byId;
    this.children = children;
    this.dependents = dependents;
    this.dependencies = dependencies;
  }

  List<RevisionId> order(List<RetortException> problems) {
    Map<RevisionId, Integer> waiting = new HashMap<>(byId.size() * 2);
    List<RevisionId> ready = new ArrayList<>();
    for (Revision revision : byId.values()) {
      int count = knownDistinctParents(revision) + dependencies.getOrDefault(revision.id(), List.of()).size();
      waiting.put(revision.id(), count);
      if (count == 0) {
        ready.add(revision.id());
      }
    }
    ready.sort(null);
    Deque<RevisionId> stack = new ArrayDeque<>();
    for (int i = ready.size() - 1; i >= 0; i--) {
      stack.push(ready.get(i));
    }
    List<RevisionId> order = new ArrayList<>(byId.size());
    List<RevisionId> released = new ArrayList<>();
    while (!stack.isEmpty()) {
      RevisionId id = stack.pop();
      order.add(id);
      released.clear();
      release(children.getOrDefault(id, List.of()), waiting, released);
      release(dependents.getOrDefault(id, List.of()), waiting, released);
      if (released.size() > 1) {
        released.sort(null);
      }
      for (int i = released.size() - 1; i >= 0; i--) {
        stack.push(released.get(i));
      }
    }
    if (order.size() < byId.size()) {
      problems.add(new CycleException(new CycleFinder(byId, dependencies).findAmong(waiting)));
    }
    return order;
  }

  /** Parents that exist, each counted once (the builder reports repeats and dangling ones). */
  private int knownDistinctParents(Revision revision) {
    List<RevisionId> parents = revision.parents();
    int count = 0;
    for (int i = 0; i < parents.size(); i++) {
      RevisionId parent = parents.get(i);
      if (byId.containsKey(parent) && parents.indexOf(parent) == i) {
        count++;
      }
    }
    return count;
  }

  private static void release(
      List<RevisionId> next, Map<RevisionId, Integer> waiting, List<RevisionId> released) {
    for (RevisionId id : next) {
      int left = waiting.merge(id, -1, Integer::sum);
      if (left == 0) {
        released.add(id);
      }
    }
  }
}
