package dev.retort.fleet;

import dev.retort.config.FleetGenerateSpec;
import dev.retort.config.FleetSettings;
import dev.retort.config.FleetTargetSpec;
import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The targets of a fleet, in the order the configuration gives them: {@code [[fleet.targets]]}
 * first, then each {@code [[fleet.generate]]}'s names. Variables are expanded, templates filled
 * in, names checked to be unique.
 */
public final class FleetTargets {
  private static final String NAME = "{name}";

  private final FleetSettings settings;
  private final Variables variables;
  private final NamesQuery query;
  private final String projectUrl;

  /**
   * @param environment where {@code ${VAR}} values come from
   * @param query runs a {@code names_query}
   * @param projectUrl the project's own URL, where a {@code names_query} runs when nothing else is given
   */
  public FleetTargets(FleetSettings settings, Map<String, String> environment, NamesQuery query, String projectUrl) {
    this.settings = settings;
    this.variables = new Variables(environment, settings.file());
    this.query = query;
    this.projectUrl = projectUrl;
  }

  /** Every target, in order. */
  public List<FleetTarget> resolve() {
    Map<String, FleetTarget> byName = new LinkedHashMap<>();
    for (FleetTargetSpec spec : settings.targets()) {
      add(byName, target(spec.name(), spec.url(), spec.schema(), spec.tags(), spec.definedAt()));
    }
    for (FleetGenerateSpec spec : settings.generators()) {
      for (String name : names(spec)) {
        String where = spec.definedAt() + " '" + name + "'";
        add(byName, target(fill(spec.nameTemplate(), name), fill(spec.url(), name),
            spec.schema().map(s -> fill(s, name)), spec.tags(), where));
      }
    }
    return List.copyOf(byName.values());
  }

  private FleetTarget target(String name, String url, Optional<String> schema, List<String> tags, String where) {
    String expanded = variables.expand(url, "url of " + where);
    Optional<String> schemaName = schema.map(s -> variables.expand(s, "schema of " + where));
    schemaName.ifPresent(s -> checkSchema(s, where));
    return new FleetTarget(name, expanded, DatabaseUrl.redact(expanded), schemaName, tags, where);
  }

  private void checkSchema(String schema, String where) {
    if (!schema.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
      throw new FleetException(ErrorCode.F001, settings.file(), "schema '" + schema + "' of " + where
          + " is not a plain identifier", List.of("a schema name is letters, digits and _ (not first), at most 63"),
          "rename the schema, e.g. schema = \"tenant_{name}\" with names of letters, digits and _");
    }
  }

  private void add(Map<String, FleetTarget> byName, FleetTarget target) {
    FleetTarget before = byName.putIfAbsent(target.name(), target);
    if (before != null) {
      throw new FleetException(ErrorCode.F003, settings.file(), "two fleet targets are named '" + target.name() + "'",
          List.of("defined by " + before.definedAt(), "and by " + target.definedAt()),
          "give each target its own name (for generated targets: name = \"<prefix>-{name}\")");
    }
  }

  private static String fill(String template, String name) {
    return template.replace(NAME, name);
  }

  private List<String> names(FleetGenerateSpec spec) {
    if (spec.namesFile().isPresent()) {
      return namesFile(spec.namesFile().get(), spec.definedAt());
    }
    if (spec.namesQuery().isPresent()) {
      String url = spec.queryUrl().orElse(spec.url().contains(NAME) ? projectUrl : spec.url());
      if (url == null || url.isBlank()) {
        throw new FleetException(ErrorCode.F001, settings.file(), spec.definedAt() + " has a names_query and no database"
            + " to run it on", List.of("its url holds {name}, and the project has no url"),
            "add query_url = \"postgresql://app@db1/app\" to it");
      }
      return query.names(variables.expand(url, "query_url of " + spec.definedAt()), spec.namesQuery().get());
    }
    return spec.names();
  }

  private List<String> namesFile(Path file, String where) {
    List<String> names = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int hash = line.indexOf('#');
        String name = (hash < 0 ? line : line.substring(0, hash)).strip();
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new FleetException(ErrorCode.F001, settings.file(), "cannot read the names_file of " + where + ": " + file,
          List.of(String.valueOf(e.getMessage())), "check the path; it is taken against the folder of " + settings.file());
    }
    return names;
  }
}
