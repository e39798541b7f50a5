package dev.retort.graph.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coordinates for the SVG picture: layers from the bottom (bases) up, each layer's places left to
 * right in the order of {@link LayerOrdering}; a revision is a box, a pass-through point a narrow
 * place a line bends through.
 *
 * @param boxes each revision's box, in drawing order
 * @param lines each edge's line, in the order of {@link GraphView#edges()}: from the top of the
 *     lower box, through its pass-through points, to the bottom of the upper box
 * @param width the picture's width
 * @param height the picture's height
 */
public record SvgLayout(List<Box> boxes, List<Line> lines, int width, int height) {
  static final int BOX_WIDTH = 240;
  static final int BOX_HEIGHT = 40;
  static final int PASSING_WIDTH = 16;
  static final int GAP = 24;
  static final int LAYER_GAP = 36;
  static final int MARGIN = 16;

  public SvgLayout {
    boxes = List.copyOf(boxes);
    lines = List.copyOf(lines);
  }

  /**
   * One revision's box; {@code x}, {@code y} its top left corner.
   *
   * @param revision the revision
   * @param x left
   * @param y top
   */
  public record Box(DrawnRevision revision, int x, int y) {}

  /**
   * One edge's line.
   *
   * @param edge the edge
   * @param points x, y pairs, lower end first
   */
  public record Line(GraphEdge edge, List<int[]> points) {
    public Line {
      points = List.copyOf(points);
    }
  }

  /** Lays out {@code view}. */
  public static SvgLayout of(GraphView view) {
    Layering layering = Layering.of(view);
    LayerOrdering ordering = LayerOrdering.of(view, layering);
    Map<LayerSlot, int[]> centre = new HashMap<>();
    int width = 0;
    int layers = layering.layerCount();
    for (int layer = 0; layer < layers; layer++) {
      int x = MARGIN;
      int top = MARGIN + (layers - 1 - layer) * (BOX_HEIGHT + LAYER_GAP);
      for (LayerSlot slot : ordering.layers().get(layer)) {
        int w = slot.isRevision() ? BOX_WIDTH : PASSING_WIDTH;
        centre.put(slot, new int[] {x + w / 2, top + BOX_HEIGHT / 2});
        x += w + GAP;
      }
      width = Math.max(width, x - GAP + MARGIN);
    }
    List<Box> boxes = new ArrayList<>();
    for (DrawnRevision r : view.revisions()) {
      int[] c = centre.get(LayerSlot.of(r.id()));
      boxes.add(new Box(r, c[0] - BOX_WIDTH / 2, c[1] - BOX_HEIGHT / 2));
    }
    List<GraphEdge> edges = view.edges();
    List<List<int[]>> routes = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      List<int[]> points = new ArrayList<>();
      for (LayerSlot slot : ordering.routes().get(e)) {
        points.add(centre.get(slot));
      }
      routes.add(points);
    }
    Map<String, List<Integer>> leaving = new HashMap<>();
    Map<String, List<Integer>> arriving = new HashMap<>();
    for (int e = 0; e < edges.size(); e++) {
      leaving.computeIfAbsent(edges.get(e).from(), k -> new ArrayList<>()).add(e);
      arriving.computeIfAbsent(edges.get(e).to(), k -> new ArrayList<>()).add(e);
    }
    int[][] ends = new int[edges.size()][2];
    // lines leave a box's top and reach a box's bottom side by side, ordered by where they go
    leaving.values().forEach(list -> spread(list, routes, ends, 0, 1));
    arriving.values().forEach(list -> spread(list, routes, ends, 1, -2));
    List<Line> lines = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      List<int[]> route = routes.get(e);
      List<int[]> points = new ArrayList<>();
      points.add(new int[] {ends[e][0], route.get(0)[1] - BOX_HEIGHT / 2});
      for (int[] c : route.subList(1, route.size() - 1)) {
        points.add(new int[] {c[0], c[1] + BOX_HEIGHT / 2});
        points.add(new int[] {c[0], c[1] - BOX_HEIGHT / 2});
      }
      points.add(new int[] {ends[e][1], route.get(route.size() - 1)[1] + BOX_HEIGHT / 2});
      lines.add(new Line(edges.get(e), points));
    }
    int height = layers == 0 ? 2 * MARGIN : 2 * MARGIN + layers * BOX_HEIGHT + (layers - 1) * LAYER_GAP;
    return new SvgLayout(boxes, lines, Math.max(width, 2 * MARGIN), height);
  }

  /**
   * Spreads the ends of {@code edgeIndexes} (all at one box) evenly over the box's width, ordered
   * by the x of the place each goes to next ({@code towards}: 1 the second point, -2 the one
   * before the last); stores the x in {@code ends[edge][end]}.
   */
  private static void spread(List<Integer> edgeIndexes, List<List<int[]>> routes, int[][] ends, int end, int towards) {
    List<Integer> sorted = new ArrayList<>(edgeIndexes);
    sorted.sort(java.util.Comparator.comparingInt((Integer e) -> {
      List<int[]> route = routes.get(e);
      return route.get(towards < 0 ? route.size() + towards : towards)[0];
    }).thenComparingInt(e -> e));
    int centre = routes.get(sorted.get(0)).get(end == 0 ? 0 : routes.get(sorted.get(0)).size() - 1)[0];
    int step = Math.min(24, (BOX_WIDTH - 40) / Math.max(1, sorted.size()));
    for (int i = 0; i < sorted.size(); i++) {
      ends[sorted.get(i)][end] = centre + (2 * i - (sorted.size() - 1)) * step / 2;
    }
  }
}
