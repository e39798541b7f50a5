/**
 * Pictures of the revision graph: a {@link dev.retort.graph.draw.GraphView} (the revisions to
 * draw, newest first, with what the database has applied) and its renderers: lanes in text
 * ({@link dev.retort.graph.draw.AsciiGraph}), Graphviz ({@link dev.retort.graph.draw.DotGraph}),
 * Mermaid ({@link dev.retort.graph.draw.MermaidGraph}) and a self-drawn SVG ({@link
 * dev.retort.graph.draw.SvgGraph}, laid out by {@link dev.retort.graph.draw.Layering}, {@link
 * dev.retort.graph.draw.LayerOrdering} and {@link dev.retort.graph.draw.SvgLayout}). Values in,
 * text out; depends only on {@code dev.retort.graph}, never on I/O.
 */
package dev.retort.graph.draw;
