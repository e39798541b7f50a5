package dev.retort.api;

/**
 * A line of a file that an id rewrite changed.
 *
 * @param line its number, from 1
 * @param before the line before (without its line ending)
 * @param after the line after
 */
public record ChangedLine(int line, String before, String after) {}
