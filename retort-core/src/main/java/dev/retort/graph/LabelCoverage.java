package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which labels cover each revision, as Alembic computes them: a label covers the revision that
 * declares it, every descendant of it (through parents), and the ancestors in a straight line above
 * it, up to but not including a branch point or merge point.
 */
final class LabelCoverage {
  private final Map<RevisionId, Revision> byId;
  private final Map<RevisionId, List<RevisionId>> children;
  private final Map<String, RevisionId> labelOwners;

  LabelCoverage(
      Map<RevisionId, Revision> byId,
      Map<RevisionId, List<RevisionId>> children,
      Map<String, RevisionId> labelOwners) {
    this.byId = byId;
    this.children = children;
    this.labelOwners = labelOwners;
  }

  Map<RevisionId, Set<String>> compute() {
    Map<RevisionId, Set<String>> covering = new HashMap<>();
    for (Map.Entry<String, RevisionId> entry : labelOwners.entrySet()) {
      for (RevisionId id : coveredBy(entry.getValue())) {
        covering.computeIfAbsent(id, k -> new TreeSet<>()).add(entry.getKey());
      }
    }
    Map<Set<String>, Set<String>> shared = new HashMap<>();
    Map<RevisionId, Set<String>> frozen = new HashMap<>(covering.size() * 2);
    covering.forEach((id, labels) ->
        frozen.put(id, shared.computeIfAbsent(labels, l -> Collections.unmodifiableSet(l))));
    return Map.copyOf(frozen);
  }

  private Set<RevisionId> coveredBy(RevisionId owner) {
    Set<RevisionId> covered = new HashSet<>();
    Deque<RevisionId> todo = new ArrayDeque<>(List.of(owner));
    covered.add(owner);
    while (!todo.isEmpty()) {
      for (RevisionId child : children.getOrDefault(todo.pop(), List.of())) {
        if (covered.add(child)) {
          todo.push(child);
        }
      }
    }
    Revision current = byId.get(owner);
    while (current.parents().size() == 1) {
      Revision parent = byId.get(current.parents().get(0));
      if (parent == null
          || parent.isMerge()
          || children.getOrDefault(parent.id(), List.of()).size() > 1
          || !covered.add(parent.id())) {
        break; // the last test ends the walk on a cycle, which the builder reports separately
      }
      current = parent;
    }
    return covered;
  }
}
