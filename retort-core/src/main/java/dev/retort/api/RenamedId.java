package dev.retort.api;

/**
 * A revision id that {@code rename-revision} or {@code rewrite-ids} renamed.
 *
 * @param oldId the id before
 * @param newId the id after
 */
public record RenamedId(String oldId, String newId) {}
