package dev.retort.graph;

/**
 * The branch a downgrade keeps to, from the part of a target before {@code @} ({@code
 * feat@bbbb1}, {@code feat@head-2}, {@code feat@-1}, {@code 3f2a@head-1}). As in Alembic, where
 * the downgrade's destination has several children (or, at base, the graph several bases), it
 * removes only those on the way to {@link #revision()}.
 *
 * @param name the label or revision as typed, for messages
 * @param revision the revision that declares the label, or the revision named
 * @param label true when {@code name} is a branch label
 */
public record DowngradeScope(String name, RevisionId revision, boolean label) {}
