package dev.retort.graph.draw;

/**
 * One place in a layer: a revision, or a point that a long edge passes through.
 *
 * @param revision the revision's id; empty for a pass-through point
 * @param edge the index of the edge (in {@link GraphView#edges()}) that passes through; -1 for a revision
 * @param layer the layer of a pass-through point; -1 for a revision
 */
public record LayerSlot(String revision, int edge, int layer) {

  /** A revision's place. */
  static LayerSlot of(String revision) {
    return new LayerSlot(revision, -1, -1);
  }

  /** The place edge {@code edge} passes through on {@code layer}. */
  static LayerSlot passing(int edge, int layer) {
    return new LayerSlot("", edge, layer);
  }

  /** Whether a revision sits here. */
  public boolean isRevision() {
    return edge < 0;
  }
}
