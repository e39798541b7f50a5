package dev.retort.api;

import java.util.Optional;

/**
 * What {@code retort squash} should write.
 *
 * @param range {@code FROM:TO}, the first and the last revision of the linear chain to squash
 * @param message the squash revision's message
 * @param concat copy the range's own upgrade and downgrade sections, instead of generating the
 *     schema difference on a scratch database
 * @param revisionId the squash's id; empty for 12 random hex characters
 */
public record NewSquash(String range, String message, boolean concat, Optional<String> revisionId) {}
