package dev.retort.command;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionId;

/**
 * One revision's state in a database.
 *
 * @param id the revision id
 * @param revision the script's revision, or null when no script has it
 * @param state applied, pending, edited (applied, file changed since) or missing (applied, no script)
 * @param appliedChecksum the checksum recorded when it was last applied, or empty
 */
public record StatusEntry(RevisionId id, Revision revision, String state, String appliedChecksum) {}
