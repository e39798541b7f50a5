package dev.retort.api;

import java.sql.Connection;
import java.util.Optional;

/**
 * What a {@link Callback} is told.
 *
 * @param event the event
 * @param revision the revision an {@code EACH} event runs around; empty for the others
 * @param connection the run's connection: statements on it join the run's transaction; do not
 *     commit, roll back or close it
 */
public record CallbackContext(CallbackEvent event, Optional<String> revision, Connection connection) {}
