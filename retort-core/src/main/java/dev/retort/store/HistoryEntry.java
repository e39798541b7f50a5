package dev.retort.store;

/**
 * One row of the history table: one executed step.
 *
 * @param revision the revision id
 * @param direction upgrade, downgrade or stamp
 * @param checksum the script checksum at the time, or empty
 * @param startedAt ISO-8601 instant
 * @param durationMs how long the step took
 * @param appliedBy user@host of the process
 * @param success whether it committed
 */
public record HistoryEntry(
    String revision, String direction, String checksum, String startedAt, long durationMs, String appliedBy, boolean success) {}
