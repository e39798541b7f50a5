package dev.retort.api;

import java.nio.file.Path;

/**
 * A line of a revision file that names a renamed id outside the header fields an id rewrite
 * changes (a message, a comment, a statement): reported, not changed.
 *
 * @param file the file, under its name after the rewrite
 * @param line the line number, from 1
 * @param text the line
 */
public record OldIdMention(Path file, int line, String text) {}
