package dev.retort.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.NearMatches;
import dev.retort.error.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link RetortConfig} with the precedence flag &gt; environment &gt; file &gt; default.
 * The file is {@code -c FILE}, else {@code $RETORT_CONFIG}, else the working directory's {@code
 * retort.toml}, else its {@code alembic.ini} or a {@code pyproject.toml} with {@code [tool.alembic]}
 * (an Alembic project, read by {@link AlembicSettings}), else the nearest {@code retort.toml} in a
 * folder above it. Environment variables are {@code RETORT_<KEY>} for every key; the URL also falls back to
 * {@code DATABASE_URL}.
 */
public final class ConfigLoader {
  /** The file looked for in the working directory and the folders above it. */
  public static final String FILE_NAME = "retort.toml";

  private final Map<String, String> env;
  private final Path workingDirectory;
  private final boolean discover;

  public ConfigLoader(Map<String, String> env, Path workingDirectory) {
    this(env, workingDirectory, true);
  }

  private ConfigLoader(Map<String, String> env, Path workingDirectory, boolean discover) {
    this.env = Map.copyOf(env);
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.discover = discover;
  }

  /**
   * The same loader that reads only a file it is given (an application configured from code must
   * not pick up a {@code retort.toml} that happens to lie in its working directory).
   */
  public ConfigLoader withoutDiscovery() {
    return new ConfigLoader(env, workingDirectory, false);
  }

  /** Every key {@code retort.toml} accepts at its top level (the {@code [lint]} table aside), in a stable order. */
  public static List<String> keyNames() {
    return Arrays.stream(ConfigKey.values()).map(ConfigKey::tomlName).toList();
  }

  /**
   * @param explicitFile the {@code -c} flag, if given
   * @param flags values given as flags, by TOML key name (e.g. {@code url})
   */
  public RetortConfig load(Optional<Path> explicitFile, Map<String, String> flags) {
    Optional<Path> file = locate(explicitFile);
    // Alembic takes relative paths against the working directory, so an Alembic configuration does too
    Path base = file.filter(f -> !AlembicSettings.isAlembicFile(f)).map(f -> f.toAbsolutePath().getParent())
        .orElse(workingDirectory);
    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    Map<String, Source> sources = new HashMap<>();
    Map<String, String> lintLevels = new HashMap<>();
    Map<String, String> placeholders = new HashMap<>();
    file.ifPresent(f -> readFile(f, lintLevels, placeholders).forEach((k, v) -> put(values, sources, k, v, Source.FILE)));
    placeholders.putAll(PlaceholderValues.fromEnvironment(env));
    for (ConfigKey key : ConfigKey.values()) {
      String fromEnv = env.get(key.envName());
      if (fromEnv == null && key == ConfigKey.URL) {
        fromEnv = env.get("DATABASE_URL");
      }
      if (fromEnv != null) {
        put(values, sources, key, fromEnv, Source.ENVIRONMENT);
      }
    }
    flags.forEach((name, value) -> put(values, sources, requireKey(name, null), value, Source.FLAG));
    return new ConfigValues(values, sources, base, file, lintLevels, placeholders).toConfig();
  }

  private static void put(
      Map<ConfigKey, String> values, Map<String, Source> sources, ConfigKey key, String value, Source source) {
    values.put(key, value);
    sources.put(key.tomlName(), source);
  }

  private Optional<Path> locate(Optional<Path> explicitFile) {
    // RETORT_CONFIG is part of finding the file: a loader without discovery reads only the file it is given
    Optional<Path> named = explicitFile.or(
        () -> discover ? Optional.ofNullable(env.get("RETORT_CONFIG")).map(Path::of) : Optional.empty());
    if (named.isPresent()) {
      Path path = workingDirectory.resolve(named.get()).normalize();
      if (!Files.isRegularFile(path)) {
        throw new ConfigException(
            ErrorCode.C001,
            Location.of(named.get()),
            "configuration file not found",
            "check the -c path (or RETORT_CONFIG), or create one with retort init");
      }
      return Optional.of(path);
    }
    return discover ? discovered() : Optional.empty();
  }

  /**
   * The working directory's {@code retort.toml}; else its Alembic configuration ({@code
   * alembic.ini}, or a {@code pyproject.toml} with {@code [tool.alembic]}), which Alembic itself
   * reads from there; else the nearest {@code retort.toml} above.
   */
  private Optional<Path> discovered() {
    Path own = workingDirectory.resolve(FILE_NAME);
    if (Files.isRegularFile(own)) {
      return Optional.of(own);
    }
    Path ini = workingDirectory.resolve(AlembicSettings.INI_NAME);
    if (Files.isRegularFile(ini)) {
      return Optional.of(ini);
    }
    Path pyproject = workingDirectory.resolve(AlembicSettings.PYPROJECT_NAME);
    if (AlembicSettings.hasAlembicTable(pyproject)) {
      return Optional.of(pyproject);
    }
    return nearest(workingDirectory);
  }

  /**
   * The {@code retort.toml} in {@code dir} or the nearest folder above it, up to the file system
   * root (as git finds {@code .git}), so a command works from any folder inside a project.
   */
  static Optional<Path> nearest(Path dir) {
    for (Path folder = dir; folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The keys of the file; the {@code [lint]} table goes to {@code lintLevels}. */
  private Map<ConfigKey, String> readFile(
      Path file, Map<String, String> lintLevels, Map<String, String> placeholders) {
    if (AlembicSettings.isAlembicFile(file)) {
      lintLevels.putAll(AlembicSettings.lintLevels(file, workingDirectory));
      return AlembicSettings.read(file, workingDirectory);
    }
    Map<String, Object> root;
    try {
      root = TomlDocument.parse(Utf8Text.decode(file, Files.readAllBytes(file), ErrorCode.C001));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      throw new ConfigException(
          ErrorCode.C001,
          new Location(file, line),
          "not valid TOML: " + e.getOriginalMessage(),
          "fix the syntax (strings need quotes: url = \"sqlite:retort.db\")");
    } catch (IOException e) {
      throw new ConfigException(
          ErrorCode.C001, Location.of(file), "cannot read configuration file: " + e.getMessage(),
          "check that the file exists and is readable by this user (ls -l " + file + ")");
    }
    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    for (Map.Entry<String, Object> field : root.entrySet()) {
      if (field.getKey().equals(LintLevels.TABLE)) {
        lintLevels.putAll(LintLevels.read(file, field.getValue()));
        continue;
      }
      if (field.getKey().equals(FleetFile.TABLE)) {
        continue; // read by fleet commands only (FleetFile)
      }
      if (field.getKey().equals(PlaceholderValues.TABLE)) {
        placeholders.putAll(PlaceholderValues.fromFile(file, field.getValue()));
        continue;
      }
      ConfigKey key = requireKey(field.getKey(), file);
      values.put(key, text(file, key, field.getValue()));
    }
    return values;
  }

  private static String text(Path file, ConfigKey key, Object node) {
    if (node instanceof List<?> list && (key == ConfigKey.VERSION_LOCATIONS || key == ConfigKey.CLASSPATH
        || key == ConfigKey.REPEATABLE_LOCATIONS || key == ConfigKey.CALLBACK_LOCATIONS) && list.stream().allMatch(String.class::isInstance)) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add((String) item));
      return String.join(",", items);
    }
    if (node instanceof String value) {
      return value;
    }
    throw new ConfigException(
        ErrorCode.C002,
        Location.of(file),
        "'" + key.tomlName() + "' must be a single value, not " + (node instanceof List ? "a list" : "a table"),
        key.tomlName() + " = \"" + key.defaultValue + "\"");
  }

  private static ConfigKey requireKey(String name, Path file) {
    ConfigKey key = ConfigKey.fromToml(name);
    if (key == null) {
      List<String> keys = Arrays.stream(ConfigKey.values()).map(ConfigKey::tomlName).toList();
      List<String> near = NearMatches.among(name, keys);
      String hint = near.isEmpty() ? "see docs/configuration.md for the keys" : "did you mean '" + near.get(0) + "'?";
      if (file == null) {
        // set from code (the Java API's property()) or a flag: no file to open, so list the keys here
        throw new ConfigException(ErrorCode.C002, null, "unknown configuration key '" + name + "'",
            List.of("the keys are: " + String.join(", ", keys)),
            near.isEmpty() ? "use one of the keys above" : hint);
      }
      throw new ConfigException(ErrorCode.C002, Location.of(file), "unknown configuration key '" + name + "'", hint);
    }
    return key;
  }
}
