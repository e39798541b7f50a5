package dev.retort.graph.draw;

import java.util.List;

/**
 * A standalone SVG picture of the graph, drawn by Retort (no Graphviz): bases at the bottom, a box
 * per revision with its id and message, a line with an arrowhead from each parent up to the
 * revision that revises it (dashed for {@code Depends-On:}), heads yellow, applied revisions
 * green, version rows with a thick border.
 */
public final class SvgGraph {
  /** Messages longer than this are cut (the full text is the box's tooltip). */
  static final int MESSAGE_CHARACTERS = 30;

  private SvgGraph() {}

  /** The SVG document. */
  public static String render(GraphView view) {
    SvgLayout layout = SvgLayout.of(view);
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(layout.width())
        .append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ").append(layout.width())
        .append(' ').append(layout.height()).append("\" font-family=\"monospace\" font-size=\"12\">\n");
    out.append("""
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#475569"/>
            </marker>
          </defs>
          <style>
            .revision rect { fill: #ffffff; stroke: #475569; stroke-width: 1; }
            .revision.head rect { fill: #fde68a; stroke: #92400e; }
            .revision.applied rect { fill: #d1fae5; stroke: #065f46; }
            .revision.current rect { stroke-width: 3; }
            .revision .id { font-weight: bold; }
            .edge { fill: none; stroke: #475569; stroke-width: 1.2; }
            .edge.dependency { stroke-dasharray: 5 4; stroke: #7c3aed; }
          </style>
        """);
    for (SvgLayout.Line line : layout.lines()) {
      GraphEdge edge = line.edge();
      out.append("  <path class=\"edge").append(edge.dependency() ? " dependency" : "").append("\" data-from=\"")
          .append(XmlText.escaped(edge.from())).append("\" data-to=\"").append(XmlText.escaped(edge.to()))
          .append("\" d=\"").append(pathData(line.points())).append("\" marker-end=\"url(#arrow)\"/>\n");
    }
    for (SvgLayout.Box box : layout.boxes()) {
      box(out, box);
    }
    return out.append("</svg>\n").toString();
  }

  private static void box(StringBuilder out, SvgLayout.Box box) {
    DrawnRevision r = box.revision();
    String classes = "revision" + (r.head() ? " head" : "") + (r.applied() ? " applied" : "")
        + (r.current() ? " current" : "");
    StringBuilder title = new StringBuilder(r.id());
    r.branchLabels().forEach(l -> title.append(" (").append(l).append(')'));
    if (r.head()) {
      title.append(" (head)");
    }
    if (r.current()) {
      title.append(" (current)");
    }
    out.append("  <g class=\"").append(classes).append("\" data-id=\"").append(XmlText.escaped(r.id())).append("\">\n");
    out.append("    <title>").append(XmlText.escaped(title + ", " + r.message())).append("</title>\n");
    out.append("    <rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"")
        .append(SvgLayout.BOX_WIDTH).append("\" height=\"").append(SvgLayout.BOX_HEIGHT).append("\" rx=\"6\"/>\n");
    out.append("    <text class=\"id\" x=\"").append(box.x() + 8).append("\" y=\"").append(box.y() + 16).append("\">")
        .append(XmlText.escaped(shortened(title.toString()))).append("</text>\n");
    out.append("    <text class=\"message\" x=\"").append(box.x() + 8).append("\" y=\"").append(box.y() + 32)
        .append("\">").append(XmlText.escaped(shortened(r.message()))).append("</text>\n");
    out.append("  </g>\n");
  }

  /** At most {@link #MESSAGE_CHARACTERS} characters, the last one an ellipsis when cut. */
  static String shortened(String text) {
    if (text.length() <= MESSAGE_CHARACTERS) {
      return text;
    }
    int cut = MESSAGE_CHARACTERS - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "\u2026";
  }

  private static String pathData(List<int[]> points) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < points.size(); i++) {
      d.append(i == 0 ? "M " : " L ").append(points.get(i)[0]).append(' ').append(points.get(i)[1]);
    }
    return d.toString();
  }
}
