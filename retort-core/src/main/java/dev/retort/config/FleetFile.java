package dev.retort.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the {@code [fleet]} table of {@code retort.toml} or of a separate fleet file ({@code
 * --fleet FILE}, the same tables). Values are checked for type and presence here; {@code ${VAR}}
 * and {@code {name}} are expanded when the targets are resolved.
 */
public final class FleetFile {
  /** The table's name. */
  public static final String TABLE = "fleet";

  private final Path file;

  private FleetFile(Path file) {
    this.file = file;
  }

  /**
   * The fleet of {@code file}.
   *
   * @throws ConfigException RT-F005 when the file has no {@code [fleet]} table, RT-F001 when a value is wrong,
   *     RT-C001 when the file cannot be read or is not TOML
   */
  public static FleetSettings read(Path file) {
    Object table = parse(file).get(TABLE);
    if (table == null) {
      throw new ConfigException(ErrorCode.F005, Location.of(file), "no [fleet] table",
          List.of("a fleet command needs its targets: [[fleet.targets]] entries, or [[fleet.generate]] templates"),
          "add them to this file, or name a fleet file with --fleet FILE (see docs/fleet.md)");
    }
    return new FleetFile(file).settings(table);
  }

  private static Map<String, Object> parse(Path file) {
    try {
      return TomlDocument.parse(Utf8Text.decode(file, Files.readAllBytes(file), ErrorCode.C001));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      throw new ConfigException(ErrorCode.C001, new Location(file, line), "not valid TOML: " + e.getOriginalMessage(),
          "fix the syntax (strings need quotes: url = \"sqlite:retort.db\")");
    } catch (IOException e) {
      throw new ConfigException(ErrorCode.C001, Location.of(file), "cannot read the fleet file: " + e.getMessage(),
          "check that the file exists and is readable by this user (ls -l " + file + ")");
    }
  }

  private FleetSettings settings(Object node) {
    FleetTable fleet = new FleetTable(file, "[fleet]", node);
    fleet.allow("parallel", "on_error", "max_failures", "stages", "targets", "generate");
    List<FleetStageSpec> stages = new ArrayList<>();
    List<FleetTargetSpec> targets = new ArrayList<>();
    List<FleetGenerateSpec> generators = new ArrayList<>();
    List<FleetTable> stageTables = fleet.tables("stages");
    for (int i = 0; i < stageTables.size(); i++) {
      stages.add(stage(stageTables.get(i)));
    }
    List<FleetTable> targetTables = fleet.tables("targets");
    for (int i = 0; i < targetTables.size(); i++) {
      targets.add(target(targetTables.get(i), "[[fleet.targets]] #" + (i + 1)));
    }
    List<FleetTable> generateTables = fleet.tables("generate");
    for (int i = 0; i < generateTables.size(); i++) {
      generators.add(generator(generateTables.get(i), "[[fleet.generate]] #" + (i + 1)));
    }
    if (targets.isEmpty() && generators.isEmpty()) {
      throw fleet.error("has no targets", "add [[fleet.targets]] entries (name, url) or a [[fleet.generate]] template");
    }
    OptionalInt maxFailures = fleet.positiveInt("max_failures");
    return new FleetSettings(file, fleet.positiveInt("parallel").orElse(4), fleet.stopOnError().orElse(true),
        maxFailures, stages, targets, generators);
  }

  private static FleetStageSpec stage(FleetTable stage) {
    stage.allow("name", "tags", "parallel", "on_error");
    return new FleetStageSpec(stage.requiredText("name", "name = \"canary\""), stage.texts("tags"),
        stage.positiveInt("parallel"), stage.stopOnError());
  }

  private static FleetTargetSpec target(FleetTable target, String definedAt) {
    target.allow("name", "url", "schema", "tags");
    return new FleetTargetSpec(target.requiredText("name", "name = \"acme\""),
        target.requiredText("url", "url = \"postgresql://app@db1/app\""), target.text("schema"), target.texts("tags"),
        definedAt);
  }

  private FleetGenerateSpec generator(FleetTable generate, String definedAt) {
    generate.allow("names", "names_file", "names_query", "query_url", "name", "url", "schema", "tags");
    List<String> names = generate.texts("names");
    Optional<Path> namesFile = generate.text("names_file").map(f -> file.toAbsolutePath().getParent().resolve(f));
    Optional<String> query = generate.text("names_query");
    int sources = (generate.has("names") ? 1 : 0) + (namesFile.isPresent() ? 1 : 0) + (query.isPresent() ? 1 : 0);
    if (sources != 1) {
      throw generate.error(sources == 0 ? "gives no names" : "gives its names in more than one way",
          "use one of names = [\"a\", \"b\"], names_file = \"tenants.txt\" or names_query = \"SELECT ...\"");
    }
    return new FleetGenerateSpec(names, namesFile, query, generate.text("query_url"),
        generate.text("name").orElse("{name}"), generate.requiredText("url", "url = \"postgresql://app@db1/app\""),
        generate.text("schema"), generate.texts("tags"), definedAt);
  }
}
