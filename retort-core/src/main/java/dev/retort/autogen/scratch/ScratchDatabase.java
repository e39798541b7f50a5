package dev.retort.autogen.scratch;

import dev.retort.dialect.DatabaseUrl;

/**
 * An empty database of the project's dialect, handed out by a {@link ScratchServer}: a schema is
 * applied to it (migrations replayed, a {@code schema.sql} run, entities' DDL) and reflected there, so
 * that both sides of a comparison are normalised by the database itself.
 *
 * @param url where to connect (open it with {@code dev.retort.run.Connector})
 * @param description which database this is, for the console, without a password: {@code SQLite in
 *     memory}, {@code temporary database retort_scratch_3f2a on localhost:5432}
 */
public record ScratchDatabase(DatabaseUrl url, String description) {}
