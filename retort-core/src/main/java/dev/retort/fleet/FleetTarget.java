package dev.retort.fleet;

import java.util.List;
import java.util.Optional;

/**
 * One database (or tenant schema) of a fleet, resolved: variables expanded, templates filled in.
 *
 * @param name its unique name
 * @param url its URL, with any password from the environment in it: never print it, use {@link #redactedUrl}
 * @param redactedUrl the URL as it may be shown
 * @param schema its schema for schema-per-tenant, or empty
 * @param tags its tags
 * @param definedAt where it is defined ({@code [[fleet.targets]] #2}, {@code [[fleet.generate]] #1 'acme'})
 */
public record FleetTarget(String name, String url, String redactedUrl, Optional<String> schema, List<String> tags,
    String definedAt) {
  public FleetTarget {
    tags = List.copyOf(tags);
  }

  /** Whether it has any of {@code wanted}. */
  public boolean hasAnyTag(java.util.Collection<String> wanted) {
    return tags.stream().anyMatch(wanted::contains);
  }

  @Override
  public String toString() {
    return name + " (" + redactedUrl + schema.map(s -> ", schema " + s).orElse("") + ")";
  }
}
