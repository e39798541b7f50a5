package dev.retort.api;

import java.nio.file.Path;

/**
 * One repeatable revision and its state in the database.
 *
 * @param name its file stem
 * @param file its file
 * @param message its {@code -- Message:} header, or empty
 * @param state applied, pending or outdated
 * @param checksum the checksum of the file now
 * @param appliedChecksum the checksum recorded at its last application, or empty
 */
public record RepeatableStatus(String name, Path file, String message, RepeatableState state, String checksum,
    String appliedChecksum) {}
