package dev.retort.graph.draw;

/**
 * An edge of a picture, drawn from the older revision to the newer one (the way an upgrade runs).
 *
 * @param from the parent, or the revision depended on
 * @param to the revision that revises or depends on {@code from}
 * @param dependency whether it is a {@code Depends-On:} edge (else a {@code Revises:} edge)
 */
public record GraphEdge(String from, String to, boolean dependency) {}
