package dev.retort.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One {@code [[fleet.generate]]} entry: targets from a template over a list of names. Exactly one
 * of {@code names}, {@code namesFile} and {@code namesQuery} gives the names.
 *
 * @param names the names written in the file
 * @param namesFile a file of names, one a line ({@code #} starts a comment), absolute
 * @param namesQuery a query whose first column gives the names
 * @param queryUrl the database {@code namesQuery} runs on; empty for the template URL (when it has
 *     no {@code {name}}) or the project's URL
 * @param nameTemplate the target names ({@code {name}} by default)
 * @param url the URL template
 * @param schema the schema template
 * @param tags the tags every generated target gets
 * @param definedAt where it is defined, for messages: {@code [[fleet.generate]] #1}
 */
public record FleetGenerateSpec(List<String> names, Optional<Path> namesFile, Optional<String> namesQuery,
    Optional<String> queryUrl, String nameTemplate, String url, Optional<String> schema, List<String> tags,
    String definedAt) {
  public FleetGenerateSpec {
    names = List.copyOf(names);
    tags = List.copyOf(tags);
  }
}
