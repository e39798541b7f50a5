package dev.retort.graph.draw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-path layering: a revision with no edge into it from the picture (a base, or a revision
 * whose parents are left out) is on layer 0; every other one is one layer above the highest
 * revision it revises or depends on. So every edge points upwards.
 *
 * @param layerOf each revision's layer
 * @param layerCount the number of layers
 */
public record Layering(Map<String, Integer> layerOf, int layerCount) {

  public Layering {
    layerOf = Map.copyOf(layerOf);
  }

  /** Layers the revisions of {@code view} over all of its edges. */
  public static Layering of(GraphView view) {
    Map<String, List<String>> below = new HashMap<>();
    Map<String, List<String>> above = new HashMap<>();
    view.revisions().forEach(r -> {
      below.put(r.id(), new ArrayList<>());
      above.put(r.id(), new ArrayList<>());
    });
    for (GraphEdge edge : view.edges()) {
      below.get(edge.to()).add(edge.from());
      above.get(edge.from()).add(edge.to());
    }
    Map<String, Integer> waiting = new HashMap<>();
    Deque<String> ready = new ArrayDeque<>();
    Map<String, Integer> layer = new HashMap<>();
    for (DrawnRevision r : view.revisions()) {
      waiting.put(r.id(), below.get(r.id()).size());
      if (below.get(r.id()).isEmpty()) {
        ready.add(r.id());
        layer.put(r.id(), 0);
      }
    }
    int count = view.revisions().isEmpty() ? 0 : 1;
    while (!ready.isEmpty()) {
      String id = ready.poll();
      for (String next : above.get(id)) {
        layer.merge(next, layer.get(id) + 1, Math::max);
        count = Math.max(count, layer.get(next) + 1);
        if (waiting.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    return new Layering(layer, count);
  }
}
