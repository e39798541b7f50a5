package dev.retort.graph.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of the places within each layer. An edge longer than one layer gets a pass-through
 * place on each layer between its ends; then a few barycentre sweeps, up and down, sort each layer
 * by the mean position of its places' neighbours in the layer just swept, which removes most
 * crossings. Ties keep the previous order, so the result is deterministic.
 *
 * @param layers the places of each layer, layer 0 (the bases) first, left to right
 * @param routes for each edge of {@link GraphView#edges()}, its places from the lower end to the upper end
 */
public record LayerOrdering(List<List<LayerSlot>> layers, List<List<LayerSlot>> routes) {
  private static final int SWEEPS = 4;

  public LayerOrdering {
    layers = layers.stream().map(List::copyOf).toList();
    routes = routes.stream().map(List::copyOf).toList();
  }

  /** Orders the layers of {@code layering}. */
  public static LayerOrdering of(GraphView view, Layering layering) {
    List<List<LayerSlot>> layers = new ArrayList<>();
    for (int i = 0; i < layering.layerCount(); i++) {
      layers.add(new ArrayList<>());
    }
    // start from the drawing order reversed, so that older revisions (a line's lower part) lead
    for (int i = view.revisions().size() - 1; i >= 0; i--) {
      String id = view.revisions().get(i).id();
      layers.get(layering.layerOf().get(id)).add(LayerSlot.of(id));
    }
    List<GraphEdge> edges = view.edges();
    List<List<LayerSlot>> routes = new ArrayList<>();
    Map<LayerSlot, List<LayerSlot>> down = new HashMap<>();
    Map<LayerSlot, List<LayerSlot>> up = new HashMap<>();
    for (int e = 0; e < edges.size(); e++) {
      GraphEdge edge = edges.get(e);
      List<LayerSlot> route = new ArrayList<>();
      route.add(LayerSlot.of(edge.from()));
      for (int layer = layering.layerOf().get(edge.from()) + 1; layer < layering.layerOf().get(edge.to()); layer++) {
        LayerSlot passing = LayerSlot.passing(e, layer);
        layers.get(layer).add(passing);
        route.add(passing);
      }
      route.add(LayerSlot.of(edge.to()));
      for (int k = 1; k < route.size(); k++) {
        up.computeIfAbsent(route.get(k - 1), s -> new ArrayList<>()).add(route.get(k));
        down.computeIfAbsent(route.get(k), s -> new ArrayList<>()).add(route.get(k - 1));
      }
      routes.add(route);
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      for (int layer = 1; layer < layers.size(); layer++) {
        sortByNeighbours(layers.get(layer), layers.get(layer - 1), down);
      }
      for (int layer = layers.size() - 2; layer >= 0; layer--) {
        sortByNeighbours(layers.get(layer), layers.get(layer + 1), up);
      }
    }
    return new LayerOrdering(layers, routes);
  }

  /** Stable-sorts {@code layer} by the mean position of each place's neighbours in {@code fixed}. */
  private static void sortByNeighbours(
      List<LayerSlot> layer, List<LayerSlot> fixed, Map<LayerSlot, List<LayerSlot>> neighbours) {
    Map<LayerSlot, Integer> position = new HashMap<>();
    for (int i = 0; i < fixed.size(); i++) {
      position.put(fixed.get(i), i);
    }
    Map<LayerSlot, Double> key = new HashMap<>();
    for (int i = 0; i < layer.size(); i++) {
      LayerSlot slot = layer.get(i);
      List<LayerSlot> near = neighbours.getOrDefault(slot, List.of());
      // a place with no neighbour there keeps its own position
      double mean = near.isEmpty() ? i : near.stream().mapToInt(position::get).average().orElse(i);
      key.put(slot, mean);
    }
    layer.sort(Comparator.comparingDouble(key::get));
  }
}
