package dev.retort.config;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code [[fleet.stages]]} entry.
 *
 * @param name its name
 * @param tags the targets having any of these tags; empty: every target no earlier stage took
 * @param parallel its own {@code parallel}, or empty for the fleet's
 * @param stopOnError its own {@code on_error}, or empty for the fleet's
 */
public record FleetStageSpec(String name, List<String> tags, OptionalInt parallel, Optional<Boolean> stopOnError) {
  public FleetStageSpec {
    tags = List.copyOf(tags);
  }
}
