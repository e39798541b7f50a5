package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code [lint]} table of {@code retort.toml}: each key is a rule code ({@code RT111})
 * or rule name ({@code no-downgrade}), each value a level.
 *
 * <pre>
 * [lint]
 * RT111 = "off"
 * RT107 = "error"
 * baseline = ".retort-lint-baseline.json"
 * </pre>
 *
 * <p>The key {@code baseline} is not a rule: it names the file {@code lint --baseline} writes
 * (relative to the configuration file's folder), kept in the map as an absolute path under
 * {@link #BASELINE}.
 */
final class LintLevels {
  /** The table's name in the file. */
  static final String TABLE = "lint";

  /** The key of the baseline file in the table (no rule has this code or name). */
  static final String BASELINE = "baseline";

  /** The levels a rule may be set to. */
  static final Set<String> LEVELS = Set.of("off", "info", "warning", "error");

  private LintLevels() {}

  /** Rule code or name to level, lower case; a {@link ConfigException} for anything else. */
  static Map<String, String> read(Path file, Object value) {
    if (!(value instanceof Map<?, ?> table)) {
      throw new ConfigException(
          ErrorCode.C002,
          Location.of(file),
          "'lint' must be a table of rule levels, not a single value",
          "[lint]\nRT111 = \"off\"");
    }
    Map<String, String> levels = new LinkedHashMap<>();
    for (Map.Entry<?, ?> rule : table.entrySet()) {
      String code = (String) rule.getKey();
      if (code.strip().equals(BASELINE)) {
        levels.put(BASELINE, baseline(file, rule.getValue()));
        continue;
      }
      String level = rule.getValue() instanceof String text ? text.strip().toLowerCase(Locale.ROOT) : "";
      if (!LEVELS.contains(level)) {
        throw new ConfigException(
            ErrorCode.C002,
            Location.of(file),
            "[lint] " + code + " is '" + shown(rule.getValue()) + "', which is not off, info, warning or error",
            code + " = \"off\"");
      }
      levels.put(code.strip(), level);
    }
    return levels;
  }

  private static String baseline(Path file, Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw new ConfigException(
          ErrorCode.C002,
          Location.of(file),
          "[lint] baseline must be a file name, not " + (value instanceof String ? "an empty string" : shown(value)),
          "baseline = \".retort-lint-baseline.json\"");
    }
    Path folder = file.toAbsolutePath().getParent();
    return folder.resolve(text.strip()).normalize().toString();
  }

  /** A value as the message quotes it: a table or list is not spelled out. */
  private static String shown(Object value) {
    return value instanceof String text ? text : value instanceof Map ? "a table" : "a list";
  }
}
