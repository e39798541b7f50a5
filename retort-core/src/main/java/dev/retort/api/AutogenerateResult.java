package dev.retort.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code revision --autogenerate} compared and wrote.
 *
 * @param comparison the migrations (or the live database) against the desired schema
 * @param file the revision written; empty when there was nothing to do ("No changes detected")
 */
public record AutogenerateResult(SchemaComparison comparison, Optional<Path> file) {}
