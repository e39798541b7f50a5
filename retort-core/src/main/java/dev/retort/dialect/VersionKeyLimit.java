package dev.retort.dialect;

/**
 * How wide the version column may be while it stays the version table's primary key: an index key
 * holds a limited number of bytes, and each character may take several.
 *
 * @param characters the widest {@code VARCHAR} the key can hold
 * @param reason why, for messages: the key's byte limit and the bytes a character takes
 * @param raise a statement that lifts the limit for this table, or null when there is none
 */
public record VersionKeyLimit(int characters, String reason, String raise) {}
