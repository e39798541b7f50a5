package dev.retort.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a fleet target failed, as the single-target command would have printed it. No field ever
 * holds a password: URLs in messages are redacted before they get here.
 *
 * @param code the error code ({@code RT-V004}, ...), or empty for an unexpected failure
 * @param message the one-line summary
 * @param revision the revision that failed, or empty
 * @param file the revision's file as the CLI shows it, or empty
 * @param line the line of the failed statement in that file, or empty
 * @param statement the statement that failed (its text, possibly shortened), or empty
 * @param fix what to do about it, or empty
 */
public record FleetFailure(Optional<String> code, String message, Optional<String> revision, Optional<String> file,
    OptionalInt line, Optional<String> statement, Optional<String> fix) {}
