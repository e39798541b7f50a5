package dev.retort.command;

/**
 * What {@code retort squash} was asked for.
 *
 * @param range {@code FROM:TO}, the first and last revision to squash
 * @param message the squash revision's message
 * @param concat copy the range's own statements instead of generating the schema difference
 * @param revId the squash's id, or null for 12 random hex characters
 */
public record SquashRequest(String range, String message, boolean concat, String revId) {}
