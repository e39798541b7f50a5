package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.NearMatches;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One table of the fleet configuration, with typed reads whose errors name the table and the fix (RT-F001). */
final class FleetTable {
  private final Path file;
  private final String name;
  private final Map<String, Object> values;

  @SuppressWarnings("unchecked")
  FleetTable(Path file, String name, Object node) {
    this.file = file;
    this.name = name;
    if (!(node instanceof Map<?, ?> map)) {
      throw new ConfigException(ErrorCode.F001, Location.of(file), name + " must be a table",
          "write it as a table: " + name + " with key = value lines under it");
    }
    this.values = (Map<String, Object>) map;
  }

  ConfigException error(String problem, String fix) {
    return new ConfigException(ErrorCode.F001, Location.of(file), name + " " + problem, fix);
  }

  /** Refuses a key not among {@code keys}. */
  void allow(String... keys) {
    List<String> known = List.of(keys);
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        List<String> near = NearMatches.among(key, known);
        throw error("has an unknown key '" + key + "'",
            near.isEmpty() ? "the keys are: " + String.join(", ", known) : "did you mean '" + near.get(0) + "'?");
      }
    }
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Optional<String> text(String key) {
    Object value = values.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw error("'" + key + "' must be a string", key + " = \"...\"");
    }
    return Optional.of(text);
  }

  String requiredText(String key, String example) {
    return text(key).filter(t -> !t.isBlank())
        .orElseThrow(() -> error("needs '" + key + "'", "add " + example));
  }

  List<String> texts(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw error("'" + key + "' must be a list of strings", key + " = [\"a\", \"b\"]");
    }
    return list.stream().map(String.class::cast).toList();
  }

  OptionalInt positiveInt(String key) {
    Optional<String> text = Optional.ofNullable(values.get(key)).map(v -> v instanceof String s ? s : "");
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int number = Integer.parseInt(text.get());
      if (number >= 1) {
        return OptionalInt.of(number);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw error("'" + key + "' must be a whole number of 1 or more", key + " = 4");
  }

  /** {@code on_error}: {@code "stop"} (true) or {@code "continue"} (false). */
  Optional<Boolean> stopOnError() {
    Optional<String> text = text("on_error");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return switch (text.get().toLowerCase(Locale.ROOT)) {
      case "stop" -> Optional.of(true);
      case "continue" -> Optional.of(false);
      default -> throw error("'on_error' must be \"stop\" or \"continue\", not \"" + text.get() + "\"",
          "on_error = \"stop\" (a failure ends the run after the running targets) or on_error = \"continue\"");
    };
  }

  /** The tables of an array of tables ({@code [[fleet.stages]]}). */
  List<FleetTable> tables(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    String child = "[[fleet." + key + "]]";
    if (!(value instanceof List<?> list)) {
      throw error("'" + key + "' must be an array of tables", "write each entry under its own " + child + " line");
    }
    List<FleetTable> tables = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      tables.add(new FleetTable(file, child + " #" + (i + 1), list.get(i)));
    }
    return tables;
  }
}
