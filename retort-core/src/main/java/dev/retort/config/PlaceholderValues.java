package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Placeholder values from the {@code [placeholders]} table of {@code retort.toml} and from {@code
 * RETORT_PLACEHOLDERS_<NAME>} environment variables (the name in lower case, as Flyway reads
 * {@code FLYWAY_PLACEHOLDERS_<NAME>}).
 */
final class PlaceholderValues {
  /** The table's name in {@code retort.toml}. */
  static final String TABLE = "placeholders";

  private static final String ENV_PREFIX = "RETORT_PLACEHOLDERS_";

  private PlaceholderValues() {}

  static Map<String, String> fromFile(Path file, Object table) {
    if (!(table instanceof Map<?, ?> entries)) {
      throw new ConfigException(ErrorCode.C002, Location.of(file), "'placeholders' must be a table",
          "[placeholders]\nschema_owner = \"app\"");
    }
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      if (!(entry.getValue() instanceof String value)) {
        throw new ConfigException(ErrorCode.C002, Location.of(file),
            "placeholder '" + entry.getKey() + "' must be a single value, not a list or table",
            "[placeholders]\n" + entry.getKey() + " = \"...\"");
      }
      values.put(String.valueOf(entry.getKey()), value);
    }
    return values;
  }

  static Map<String, String> fromEnvironment(Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    env.forEach((name, value) -> {
      if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
        values.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT), value);
      }
    });
    return values;
  }
}
