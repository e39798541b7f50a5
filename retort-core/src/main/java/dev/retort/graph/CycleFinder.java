package dev.retort.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds one cycle among revisions that a topological sort could not place. */
final class CycleFinder {
  private final Map<RevisionId, Revision> byId;
  private final Map<RevisionId, List<RevisionId>> dependencies;

  CycleFinder(Map<RevisionId, Revision> byId, Map<RevisionId, List<RevisionId>> dependencies) {
    this.byId = byId;
    this.dependencies = dependencies;
  }

  /**
   * A cycle through revisions still waiting (count above zero). Every such revision has an unplaced
   * predecessor, so following predecessors must revisit one.
   */
  List<Revision> findAmong(Map<RevisionId, Integer> waiting) {
    RevisionId start = waiting.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst()
        .orElseThrow();
    Map<RevisionId, Integer> position = new HashMap<>();
    List<RevisionId> path = new ArrayList<>();
    RevisionId current = start;
    while (!position.containsKey(current)) {
      position.put(current, path.size());
      path.add(current);
      current = unplacedPredecessor(current, waiting);
    }
    List<RevisionId> loop = path.subList(position.get(current), path.size());
    return loop.stream().map(byId::get).toList();
  }

  private RevisionId unplacedPredecessor(RevisionId id, Map<RevisionId, Integer> waiting) {
    List<RevisionId> candidates = new ArrayList<>(byId.get(id).parents());
    candidates.addAll(dependencies.getOrDefault(id, List.of()));
    return candidates.stream()
        .filter(c -> byId.containsKey(c) && waiting.getOrDefault(c, 0) > 0)
        .sorted()
        .findFirst()
        .orElseThrow();
  }
}
