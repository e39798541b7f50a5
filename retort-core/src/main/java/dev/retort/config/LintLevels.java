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
 * </pre>
 */
final class LintLevels {
  /** The table's name in the file. */
  static final String TABLE = "lint";

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

  /** A value as the message quotes it: a table or list is not spelled out. */
  private static String shown(Object value) {
    return value instanceof String text ? text : value instanceof Map ? "a table" : "a list";
  }
}
