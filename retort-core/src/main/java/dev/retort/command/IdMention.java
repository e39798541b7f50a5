package dev.retort.command;

import java.nio.file.Path;

/**
 * A line of a revision file that names a renamed id outside the header fields the rewrite
 * changes (a message, a comment, a statement): reported, left alone.
 *
 * @param file the file (as it is after the rewrite)
 * @param line the line number, from 1
 * @param text the line
 */
public record IdMention(Path file, int line, String text) {}
