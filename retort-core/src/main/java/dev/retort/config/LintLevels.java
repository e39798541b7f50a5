package dev.retort.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.Iterator;
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
  static Map<String, String> read(Path file, JsonNode table) {
    if (!table.isObject()) {
      throw new ConfigException(
          ErrorCode.C002,
          Location.of(file),
          "'lint' must be a table of rule levels, not a single value",
          "[lint]\nRT111 = \"off\"");
    }
    Map<String, String> levels = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> rules = table.fields();
    while (rules.hasNext()) {
      Map.Entry<String, JsonNode> rule = rules.next();
      String level = rule.getValue().isValueNode() ? rule.getValue().asText().strip().toLowerCase(Locale.ROOT) : "";
      if (!LEVELS.contains(level)) {
        throw new ConfigException(
            ErrorCode.C002,
            Location.of(file),
            "[lint] " + rule.getKey() + " is '" + rule.getValue().asText() + "', which is not off, info, warning or error",
            rule.getKey() + " = \"off\"");
      }
      levels.put(rule.getKey().strip(), level);
    }
    return levels;
  }
}
