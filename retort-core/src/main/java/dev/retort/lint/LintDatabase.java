package dev.retort.lint;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the database-aware rules see of a live database ({@code lint --url}), read without
 * changing anything.
 *
 * @param rows the version table rows
 * @param appliedChecksums revision id to the checksum recorded when it was last applied
 * @param versionColumnWidth the version column's declared width, if known
 * @param columnTypes {@code table.column} (lower case) to the column's type name in the database (lower case)
 */
public record LintDatabase(
    Set<String> rows, Map<String, String> appliedChecksums, OptionalInt versionColumnWidth,
    Map<String, String> columnTypes) {
  public LintDatabase {
    rows = Set.copyOf(rows);
    appliedChecksums = Map.copyOf(appliedChecksums);
    columnTypes = Map.copyOf(columnTypes);
  }
}
