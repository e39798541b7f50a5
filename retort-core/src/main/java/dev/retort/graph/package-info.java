/**
 * The pure revision graph: {@link dev.retort.graph.Revision} records, the immutable {@link
 * dev.retort.graph.RevisionGraph} built and validated by {@link dev.retort.graph.GraphBuilder},
 * walks ({@link dev.retort.graph.Traversal}) and targets ({@link dev.retort.graph.TargetParser},
 * {@link dev.retort.graph.TargetResolver}). Depends only on {@code dev.retort.error}; never on I/O.
 */
package dev.retort.graph;
