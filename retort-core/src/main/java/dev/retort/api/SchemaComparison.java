package dev.retort.api;

import java.util.List;

/**
 * Two schemas compared ({@code check}, {@code diff}, {@code revision --autogenerate}).
 *
 * @param dialect the database both were compared in, e.g. {@code postgresql}
 * @param current where the current schema came from, e.g. {@code migrations at heads (3 revisions)}
 * @param desired where the desired schema came from, e.g. {@code schema.sql}
 * @param scratch the scratch database used, e.g. {@code SQLite in memory}; empty when none was
 * @param differences one per upgrade operation, in order
 * @param warnings what the comparison could not decide (a likely rename written as drop and add, ...)
 */
public record SchemaComparison(String dialect, String current, String desired, String scratch,
    List<SchemaDifference> differences, List<String> warnings) {
  public SchemaComparison {
    differences = List.copyOf(differences);
    warnings = List.copyOf(warnings);
  }

  /** Whether the two schemas are the same. */
  public boolean isEmpty() {
    return differences.isEmpty();
  }
}
