package dev.retort.graph.draw;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph as a Mermaid {@code flowchart BT} (bases at the bottom): nodes {@code r0}, {@code r1},
 * ... in drawing order, labelled with the id and message, an arrow from each parent to the
 * revision that revises it, a dotted arrow from each revision depended on to its dependant, and
 * classes {@code head}, {@code applied} and {@code current}.
 */
public final class MermaidGraph {
  private MermaidGraph() {}

  /** The flowchart text (without a Markdown fence). */
  public static String render(GraphView view) {
    StringBuilder out = new StringBuilder("flowchart BT\n");
    Map<String, String> node = new HashMap<>();
    List<DrawnRevision> revisions = view.revisions();
    for (int i = 0; i < revisions.size(); i++) {
      DrawnRevision r = revisions.get(i);
      node.put(r.id(), "r" + i);
      StringBuilder label = new StringBuilder(r.id());
      r.branchLabels().forEach(l -> label.append(" (").append(l).append(')'));
      out.append("  r").append(i).append("[\"").append(escaped(label.toString())).append("<br/>")
          .append(escaped(r.message())).append("\"]\n");
    }
    for (GraphEdge edge : view.edges()) {
      out.append("  ").append(node.get(edge.from())).append(edge.dependency() ? " -. depends on .-> " : " --> ")
          .append(node.get(edge.to())).append('\n');
    }
    out.append("  classDef head fill:#fde68a,stroke:#92400e\n");
    out.append("  classDef applied fill:#d1fae5,stroke:#065f46\n");
    out.append("  classDef current stroke-width:3px\n");
    for (int i = 0; i < revisions.size(); i++) {
      DrawnRevision r = revisions.get(i);
      String classes = (r.applied() ? "applied" : r.head() ? "head" : "") + (r.current() ? ",current" : "");
      if (!classes.isEmpty()) {
        out.append("  class r").append(i).append(' ').append(classes.startsWith(",") ? classes.substring(1) : classes)
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Text inside a quoted Mermaid label: characters Mermaid would read as syntax become entity codes. */
  static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("#quot;");
        case '#' -> out.append("#35;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '&' -> out.append("#amp;");
        case '`' -> out.append("#96;");
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
