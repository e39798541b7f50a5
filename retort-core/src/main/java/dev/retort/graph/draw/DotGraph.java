package dev.retort.graph.draw;

/**
 * The graph as Graphviz source ({@code dot -Tsvg}): bases at the bottom, one box per revision
 * (id and message), an arrow from each parent to the revision that revises it, a dashed arrow
 * from each revision depended on to its dependant. Heads are filled yellow, applied revisions
 * green, version rows drawn bold.
 */
public final class DotGraph {
  private DotGraph() {}

  /** The {@code digraph} text. */
  public static String render(GraphView view) {
    StringBuilder out = new StringBuilder("digraph revisions {\n");
    out.append("  rankdir=BT;\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"monospace\"];\n");
    for (DrawnRevision r : view.revisions()) {
      out.append("  ").append(quoted(r.id())).append(" [label=")
          .append(quoted(r.id() + labels(r) + "\n" + r.message()));
      if (r.applied()) {
        out.append(", fillcolor=\"#d1fae5\"");
      } else if (r.head()) {
        out.append(", fillcolor=\"#fde68a\"");
      }
      if (r.current()) {
        out.append(", penwidth=2.5");
      }
      out.append("];\n");
    }
    for (GraphEdge edge : view.edges()) {
      out.append("  ").append(quoted(edge.from())).append(" -> ").append(quoted(edge.to()));
      out.append(edge.dependency() ? " [style=dashed, label=\"depends on\"];\n" : ";\n");
    }
    return out.append("}\n").toString();
  }

  private static String labels(DrawnRevision r) {
    StringBuilder out = new StringBuilder();
    r.branchLabels().forEach(label -> out.append(" (").append(label).append(')'));
    if (r.head()) {
      out.append(" (head)");
    }
    if (r.current()) {
      out.append(" (current)");
    }
    return out.toString();
  }

  /** A DOT string: quotes and backslashes escaped, line breaks as {@code \n}. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
