package dev.retort.script;

/**
 * One statement of a SQL revision.
 *
 * @param sql the statement text without the terminating semicolon
 * @param line the 1-based line of the file where it starts
 */
public record SqlStatement(String sql, int line) {}
