package dev.retort.command;

import dev.retort.graph.Revision;

/**
 * One applied revision whose edit {@code accept} or {@code repair} recorded (or would record).
 *
 * @param revision the revision, as its file reads now
 * @param previousChecksum the checksum the history table held for it
 * @param newChecksum the file's checksum, now the reference
 */
public record AcceptedChecksum(Revision revision, String previousChecksum, String newChecksum) {}
