package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/**
 * The reflected schema of one database: what a dialect's reflector returns and what the diff
 * compares. Schemas are sorted by name.
 *
 * @param schemas the schemas reflected
 */
public record SchemaSnapshot(List<Schema> schemas) {
  public SchemaSnapshot {
    schemas = Sorted.copy(schemas, Schema.ORDER);
  }

  /** The schema with this name. */
  public Optional<Schema> schema(String name) {
    for (Schema s : schemas) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
