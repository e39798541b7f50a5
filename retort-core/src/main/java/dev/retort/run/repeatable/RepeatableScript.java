package dev.retort.run.repeatable;

import java.nio.file.Path;

/**
 * One repeatable revision file.
 *
 * @param name its file stem, which identifies it in {@code retort_repeatable}
 * @param path the file
 * @param text its text as written (before any placeholder replacement)
 * @param checksum the checksum of the file as written (the same rules as revisions)
 * @param message its {@code -- Message:} header, or empty
 */
public record RepeatableScript(String name, Path path, String text, String checksum, String message) {}
