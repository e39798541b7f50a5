package dev.retort.api;

/** The kinds of picture {@link Retort#graph} draws. */
public enum GraphFormat {
  /** Lanes in text, one line per revision, as {@code git log --graph} draws commits. */
  ASCII,
  /** Graphviz source ({@code dot -Tsvg graph.dot}). */
  DOT,
  /** A Mermaid {@code flowchart BT}, for Markdown pages that render Mermaid. */
  MERMAID,
  /** A standalone SVG document, laid out by Retort. */
  SVG
}
