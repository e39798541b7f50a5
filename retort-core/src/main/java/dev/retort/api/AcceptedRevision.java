package dev.retort.api;

/**
 * An applied revision whose edit {@link Retort#accept} or {@link Retort#repair} recorded (or, in a
 * dry run, would record): from now on its file's checksum is the reference and the revision shows
 * as applied again.
 *
 * @param revision the revision, as its file reads now
 * @param previousChecksum the checksum the history table held until now
 * @param newChecksum the file's current checksum
 */
public record AcceptedRevision(RevisionInfo revision, String previousChecksum, String newChecksum) {}
