package dev.retort.config;

import java.util.List;
import java.util.Optional;

/**
 * One {@code [[fleet.targets]]} entry, as written ({@code ${VAR}} not expanded yet).
 *
 * @param name its name
 * @param url its database URL
 * @param schema its schema, for schema-per-tenant
 * @param tags its tags
 * @param definedAt where it is defined, for messages: {@code [[fleet.targets]] #2}
 */
public record FleetTargetSpec(String name, String url, Optional<String> schema, List<String> tags, String definedAt) {
  public FleetTargetSpec {
    tags = List.copyOf(tags);
  }
}
