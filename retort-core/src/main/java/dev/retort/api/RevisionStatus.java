package dev.retort.api;

import java.util.Optional;

/**
 * One revision's state in the database.
 *
 * @param id the revision id
 * @param revision the revision, or empty when no file has it ({@link RevisionState#MISSING})
 * @param state applied, pending, edited or missing
 * @param appliedChecksum the checksum recorded when it was last applied, or empty
 */
public record RevisionStatus(String id, Optional<RevisionInfo> revision, RevisionState state, String appliedChecksum) {}
