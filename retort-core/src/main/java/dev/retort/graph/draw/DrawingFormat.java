package dev.retort.graph.draw;

import java.util.function.Function;

/** The kinds of picture {@code retort graph} draws. */
public enum DrawingFormat {
  /** Lanes in text, as {@code git log --graph}. */
  ASCII(AsciiGraph::render),
  /** Graphviz source. */
  DOT(DotGraph::render),
  /** A Mermaid flowchart. */
  MERMAID(MermaidGraph::render),
  /** A standalone SVG document. */
  SVG(SvgGraph::render);

  private final Function<GraphView, String> renderer;

  DrawingFormat(Function<GraphView, String> renderer) {
    this.renderer = renderer;
  }

  /** The picture of {@code view} in this format. */
  public String render(GraphView view) {
    return renderer.apply(view);
  }
}
