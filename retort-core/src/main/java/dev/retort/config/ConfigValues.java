package dev.retort.config;

import dev.retort.error.ErrorCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns the text values gathered by {@link ConfigLoader} into a typed {@link RetortConfig}. */
final class ConfigValues {
  private final Map<ConfigKey, String> values;
  private final Map<String, Source> sources;
  private final Path base;
  private final Optional<Path> file;
  private final Map<String, String> lintLevels;
  private final Map<String, String> placeholderValues;

  ConfigValues(Map<ConfigKey, String> values, Map<String, Source> sources, Path base, Optional<Path> file) {
    this(values, sources, base, file, Map.of());
  }

  ConfigValues(
      Map<ConfigKey, String> values, Map<String, Source> sources, Path base, Optional<Path> file,
      Map<String, String> lintLevels) {
    this(values, sources, base, file, lintLevels, Map.of());
  }

  ConfigValues(
      Map<ConfigKey, String> values, Map<String, Source> sources, Path base, Optional<Path> file,
      Map<String, String> lintLevels, Map<String, String> placeholderValues) {
    this.placeholderValues = placeholderValues;
    this.values = values;
    this.sources = sources;
    this.base = base;
    this.file = file;
    this.lintLevels = lintLevels;
  }

  RetortConfig toConfig() {
    LocationText script = location(ConfigKey.SCRIPT_LOCATION, get(ConfigKey.SCRIPT_LOCATION).strip());
    Path scriptLocation = script.classpathName().isPresent() ? base : script.folder(base);
    List<Path> versionLocations = new ArrayList<>();
    List<String> classpathLocations = new ArrayList<>();
    String locations = get(ConfigKey.VERSION_LOCATIONS);
    if (locations.isBlank()) {
      script.classpathName().ifPresentOrElse(name -> classpathLocations.add(name + "/versions"),
          () -> versionLocations.add(scriptLocation.resolve("versions")));
    } else {
      for (String entry : locations.split(",")) {
        if (!entry.isBlank()) {
          LocationText location = location(ConfigKey.VERSION_LOCATIONS, entry.strip());
          location.classpathName().ifPresentOrElse(classpathLocations::add,
              () -> versionLocations.add(location.folder(base)));
        }
      }
    }
    String schema = get(ConfigKey.SCHEMA);
    return new RetortConfig(
        file,
        scriptLocation,
        versionLocations,
        get(ConfigKey.URL),
        identifier(ConfigKey.VERSION_TABLE),
        width(),
        bool(ConfigKey.AUTO_WIDEN_VERSION_COLUMN),
        bool(ConfigKey.TRANSACTION_PER_MIGRATION),
        duration(ConfigKey.LOCK_TIMEOUT),
        schema.isBlank() || entities(schema) ? Optional.empty() : Optional.of(base.resolve(schema.strip()).normalize()),
        get(ConfigKey.DEV_URL),
        sources,
        lintLevels,
        entities(schema) ? Optional.of(schema.strip().substring(JPA_PREFIX.length()).strip()) : Optional.empty(),
        classpath(),
        get(ConfigKey.USER),
        get(ConfigKey.PASSWORD),
        base,
        classpathLocations,
        Optional.empty(),
        bool(ConfigKey.PLACEHOLDER_REPLACEMENT),
        placeholderValues,
        folders(ConfigKey.REPEATABLE_LOCATIONS, "repeatable", script, scriptLocation),
        folders(ConfigKey.CALLBACK_LOCATIONS, "callbacks", script, scriptLocation));
  }

  /**
   * {@code repeatable_locations} or {@code callback_locations}: folders only; by default the folder
   * {@code defaultName} in a script location on the file system, none in one on the class path.
   */
  private List<Path> folders(ConfigKey key, String defaultName, LocationText script, Path scriptLocation) {
    String locations = get(key);
    List<Path> folders = new ArrayList<>();
    if (locations.isBlank()) {
      if (script.classpathName().isEmpty()) {
        folders.add(scriptLocation.resolve(defaultName));
      }
      return folders;
    }
    for (String entry : locations.split(",")) {
      if (!entry.isBlank()) {
        LocationText location = location(key, entry.strip());
        if (location.classpathName().isPresent()) {
          throw bad(key, entry.strip(), "a folder (classpath: locations are not supported for " + defaultName
              + " yet)");
        }
        folders.add(location.folder(base));
      }
    }
    return folders;
  }

  private LocationText location(ConfigKey key, String text) {
    try {
      return LocationText.parse(text);
    } catch (IllegalArgumentException e) {
      throw bad(key, text, e.getMessage());
    }
  }

  /** {@code schema = "jpa:<package>"} names JPA entities instead of SQL files. */
  static final String JPA_PREFIX = "jpa:";

  private static boolean entities(String schema) {
    return schema.strip().startsWith(JPA_PREFIX);
  }

  /**
   * {@code classpath}: a TOML list, or one string with entries separated by the platform's path
   * separator ({@code :} on Unix) or commas; relative entries are taken against the file's folder.
   */
  private List<Path> classpath() {
    String value = get(ConfigKey.CLASSPATH);
    String separators = "[,"+ java.util.regex.Pattern.quote(java.io.File.pathSeparator) + "]";
    return Arrays.stream(value.split(separators)).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> base.resolve(s).normalize()).toList();
  }

  private String get(ConfigKey key) {
    return values.getOrDefault(key, key.defaultValue);
  }

  private Path path(ConfigKey key) {
    return base.resolve(get(key)).normalize();
  }

  private String identifier(ConfigKey key) {
    String value = get(key);
    if (!value.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
      throw bad(key, value, "a table name of letters, digits and '_' (optionally schema.table)");
    }
    return value;
  }

  private int width() {
    String value = get(ConfigKey.VERSION_COLUMN_WIDTH);
    try {
      int width = Integer.parseInt(value.strip());
      if (width >= 1 && width <= 10_000) {
        return width;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(ConfigKey.VERSION_COLUMN_WIDTH, value, "a whole number from 1 to 10000, e.g. 255");
  }

  private boolean bool(ConfigKey key) {
    String value = get(key).strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw bad(key, value, "true or false");
    };
  }

  private Duration duration(ConfigKey key) {
    String value = get(key).strip().toLowerCase(Locale.ROOT);
    try {
      if (value.startsWith("-")) {
        throw new NumberFormatException("negative");
      }
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
      }
      long amount = Long.parseLong(value.replaceAll("[smh]$", "").strip());
      return switch (value.charAt(value.length() - 1)) {
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw bad(key, value, "a duration such as \"60s\", \"500ms\", \"5m\" or \"1h\"");
    }
  }

  private ConfigException bad(ConfigKey key, String value, String expected) {
    Source source = sources.getOrDefault(key.tomlName(), Source.DEFAULT);
    String where = switch (source) {
      case FLAG -> "the command line";
      case ENVIRONMENT -> "environment variable " + key.envName();
      case FILE -> file.map(Path::toString).orElse("the configuration file");
      case DEFAULT -> "the default";
    };
    return new ConfigException(
        ErrorCode.C002,
        null,
        "'" + key.tomlName() + "' from " + where + " is '" + value + "', which is not " + expected,
        key.tomlName() + " = " + example(key));
  }

  private static String example(ConfigKey key) {
    return switch (key) {
      case VERSION_COLUMN_WIDTH -> "255";
      case VERSION_LOCATIONS -> "[\"migrations/versions\", \"classpath:db/retort\"]";
      case REPEATABLE_LOCATIONS -> "[\"migrations/repeatable\"]";
      case CALLBACK_LOCATIONS -> "[\"migrations/callbacks\"]";
      case SCRIPT_LOCATION -> "\"migrations\" (or \"classpath:db/retort\")";
      default -> "\"" + key.defaultValue + "\"";
    };
  }
}
