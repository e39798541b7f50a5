package dev.retort.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings of an Alembic project, read as Alembic 1.20 reads them, turned into Retort's keys:
 * the {@code [alembic]} section of an INI file ({@code alembic.ini}) and the {@code [tool.alembic]}
 * table of {@code pyproject.toml}. Given one of the two, the other is read too when it is in the
 * working directory under its usual name, as the {@code alembic} command does; a key set in both
 * is taken from the INI file. {@code %(here)s} is the folder of the file that holds the value.
 *
 * <p>Read: {@code script_location}, {@code version_locations} (split as Alembic splits it:
 * {@code path_separator} or the deprecated {@code version_path_separator} when set, else spaces and
 * commas) and {@code sqlalchemy.url} (INI only, as Alembic's {@code env.py} reads it). The version
 * table is Alembic's default, {@code alembic_version}: Alembic sets another name only in {@code
 * env.py}, which Retort does not run. Every other key is Alembic's own and left alone.
 */
final class AlembicSettings {
  /** The INI file Alembic reads by default. */
  static final String INI_NAME = "alembic.ini";
  /** The TOML file Alembic reads by default. */
  static final String PYPROJECT_NAME = "pyproject.toml";
  /** Alembic's version table. */
  static final String VERSION_TABLE = "alembic_version";

  private static final String SECTION = "alembic";
  private static final Pattern LEGACY_SPLIT = Pattern.compile(", *|(?: +)");

  private AlembicSettings() {}

  /** Whether {@code file} is an Alembic configuration rather than a {@code retort.toml}. */
  static boolean isAlembicFile(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".ini") || name.equals(PYPROJECT_NAME);
  }

  /** Whether {@code file} is a {@code pyproject.toml} with a {@code [tool.alembic]} table. */
  static boolean hasAlembicTable(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      return toolAlembic(file).isPresent();
    } catch (ConfigException e) {
      return false;
    }
  }

  /**
   * Retort's values for the Alembic configuration {@code file} (and its companion in {@code
   * workingDirectory}).
   */
  static Map<ConfigKey, String> read(Path file, Path workingDirectory) {
    boolean toml = file.getFileName().toString().equals(PYPROJECT_NAME);
    Path iniFile = toml ? workingDirectory.resolve(INI_NAME) : file;
    Path tomlFile = toml ? file : workingDirectory.resolve(PYPROJECT_NAME);
    Optional<IniDocument> ini = Files.isRegularFile(iniFile) ? Optional.of(ini(iniFile)) : Optional.empty();
    Map<String, Object> table = Files.isRegularFile(tomlFile)
        ? toolAlembic(tomlFile).orElse(Map.of())
        : Map.of();
    if (toml && table.isEmpty() && ini.map(i -> i.get(SECTION, "script_location").isEmpty()).orElse(true)) {
      throw new ConfigException(ErrorCode.C001, Location.of(file), "no [tool.alembic] table with script_location",
          "add [tool.alembic] with script_location = \"%(here)s/alembic\", or give -c the alembic.ini file");
    }
    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    Path tomlHere = tomlFile.toAbsolutePath().getParent();
    Optional<String> script = ini.flatMap(i -> i.get(SECTION, "script_location"))
        .or(() -> tomlString(tomlFile, table, "script_location", tomlHere));
    if (script.isEmpty() || script.get().isBlank()) {
      Path where = ini.isPresent() ? iniFile : tomlFile;
      throw new ConfigException(ErrorCode.C001, Location.of(where),
          "no script_location in " + (ini.isPresent() ? "[alembic]" : "[tool.alembic]")
              + " (Alembic needs it too)",
          "add script_location = %(here)s/alembic (the folder that holds env.py and versions/) under [alembic]");
    }
    values.put(ConfigKey.SCRIPT_LOCATION, folder(ini.isPresent() ? iniFile : tomlFile, "script_location",
        script.get()));
    boolean fromIni = ini.isPresent() && ini.get().get(SECTION, "version_locations").isPresent();
    List<String> locations = fromIni
        ? splitLocations(iniFile, ini.get())
        : tomlList(tomlFile, table, "version_locations", tomlHere);
    if (!locations.isEmpty()) {
      List<String> folders = new ArrayList<>();
      for (String location : locations) {
        folders.add(folder(fromIni ? iniFile : tomlFile, "version_locations", location));
      }
      values.put(ConfigKey.VERSION_LOCATIONS, String.join(",", folders));
    }
    ini.flatMap(i -> i.get(SECTION, "sqlalchemy.url")).filter(url -> !url.isBlank())
        .ifPresent(url -> values.put(ConfigKey.URL, url.strip()));
    values.put(ConfigKey.VERSION_TABLE, VERSION_TABLE);
    return values;
  }

  /**
   * The lint levels of an Alembic project: the {@code [retort.lint]} section of {@code alembic.ini},
   * then {@code [tool.retort.lint]} of {@code pyproject.toml} (Alembic ignores both), read as
   * {@code retort.toml}'s {@code [lint]} table is. INI keys are lower-cased as Alembic's
   * configparser does, so rule codes are written back in upper case.
   */
  static Map<String, String> lintLevels(Path file, Path workingDirectory) {
    boolean toml = file.getFileName().toString().equals(PYPROJECT_NAME);
    Path iniFile = toml ? workingDirectory.resolve(INI_NAME) : file;
    Path tomlFile = toml ? file : workingDirectory.resolve(PYPROJECT_NAME);
    Map<String, String> levels = new java.util.LinkedHashMap<>();
    if (Files.isRegularFile(tomlFile)) {
      tomlTable(tomlFile, "retort").map(retort -> retort.get(LintLevels.TABLE))
          .ifPresent(table -> levels.putAll(LintLevels.read(tomlFile, table)));
    }
    if (Files.isRegularFile(iniFile)) {
      Map<String, Object> options = new java.util.LinkedHashMap<>();
      ini(iniFile).options("retort." + LintLevels.TABLE).forEach((key, value) ->
          options.put(key.matches("rt\\d+") ? key.toUpperCase(java.util.Locale.ROOT) : key, value));
      if (!options.isEmpty()) {
        levels.putAll(LintLevels.read(iniFile, options));
      }
    }
    return levels;
  }

  private static IniDocument ini(Path file) {
    String text;
    try {
      text = Utf8Text.decode(file, Files.readAllBytes(file), ErrorCode.C001).replace("\r\n", "\n").replace('\r', '\n');
    } catch (IOException e) {
      throw new ConfigException(ErrorCode.C001, Location.of(file), "cannot read configuration file: " + e.getMessage(),
          "check that the file exists and is readable by this user (ls -l " + file + ")");
    }
    IniDocument document = IniDocument.parse(file, text,
        Map.of("here", file.toAbsolutePath().getParent().toString().replace('\\', '/')));
    if (!document.hasSection(SECTION)) {
      throw new ConfigException(ErrorCode.C001, Location.of(file), "no [alembic] section",
          "add an [alembic] section with script_location = %(here)s/alembic (Alembic reads the same section)");
    }
    return document;
  }

  /** {@code version_locations} of the INI file, split as Alembic 1.20's {@code get_version_locations_list}. */
  private static List<String> splitLocations(Path file, IniDocument ini) {
    String value = ini.get(SECTION, "version_locations").orElse("");
    if (value.isEmpty()) {
      return List.of();
    }
    String separatorKey = ini.get(SECTION, "path_separator").isPresent() ? "path_separator" : "version_path_separator";
    Optional<String> separator = ini.get(SECTION, separatorKey);
    if (separator.isEmpty()) {
      return List.of(LEGACY_SPLIT.split(value, -1)).stream().filter(s -> !s.isEmpty()).toList();
    }
    String split = switch (separator.get()) {
      case "space" -> " ";
      case "newline" -> "\n";
      case "os" -> java.io.File.pathSeparator;
      case ":", ";" -> separator.get();
      default -> throw new ConfigException(ErrorCode.C002, new Location(file, ini.lineOf(SECTION, separatorKey)),
          "'" + separatorKey + "' is '" + separator.get() + "', which is not space, newline, os, ':' or ';'",
          "path_separator = os");
    };
    List<String> parts = new ArrayList<>();
    for (String part : value.split(Pattern.quote(split), -1)) {
      if (!part.isEmpty() && !part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  /** A location as Retort's {@code version_locations} takes it; a Python package resource is refused. */
  private static String folder(Path file, String key, String location) {
    String text = location.strip();
    if (text.contains(":") && !isAbsolute(text)) {
      throw new ConfigException(ErrorCode.C002, Location.of(file),
          "'" + key + "' is '" + text + "', a Python package resource (package:folder), which only Python can find",
          "write the folder itself, e.g. " + key + " = %(here)s/" + text.replace(':', '/'));
    }
    if (text.contains(",")) {
      throw new ConfigException(ErrorCode.C002, Location.of(file),
          "'" + key + "' names the folder '" + text + "', whose comma Retort would read as a separator",
          "rename the folder without a comma");
    }
    return text;
  }

  private static boolean isAbsolute(String text) {
    return Path.of(text).isAbsolute() || text.matches("[A-Za-z]:[\\\\/].*");
  }

  private static Optional<Map<String, Object>> toolAlembic(Path file) {
    return tomlTable(file, SECTION);
  }

  /** The table {@code [tool.<name>]} of a {@code pyproject.toml}. */
  private static Optional<Map<String, Object>> tomlTable(Path file, String name) {
    Map<String, Object> root;
    try {
      root = TomlDocument.parse(Utf8Text.decode(file, Files.readAllBytes(file), ErrorCode.C001));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      throw new ConfigException(ErrorCode.C001, new Location(file, line), "not valid TOML: " + e.getOriginalMessage(),
          "fix the syntax; Alembic reads this file too");
    } catch (IOException e) {
      throw new ConfigException(ErrorCode.C001, Location.of(file), "cannot read configuration file: " + e.getMessage(),
          "check that the file exists and is readable by this user (ls -l " + file + ")");
    }
    if (root.get("tool") instanceof Map<?, ?> tool && tool.get(name) instanceof Map<?, ?> alembic) {
      @SuppressWarnings("unchecked")
      Map<String, Object> table = (Map<String, Object>) alembic;
      return Optional.of(table);
    }
    return Optional.empty();
  }

  private static Optional<String> tomlString(Path file, Map<String, Object> table, String key, Path here) {
    Object value = table.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw new ConfigException(ErrorCode.C002, Location.of(file), "[tool.alembic] " + key + " must be a string",
          key + " = \"%(here)s/alembic\"");
    }
    return Optional.of(hereIn(file, key, text, here));
  }

  private static List<String> tomlList(Path file, Map<String, Object> table, String key, Path here) {
    Object value = table.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String text) {
      return List.of(hereIn(file, key, text, here));
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(item -> hereIn(file, key, (String) item, here)).toList();
    }
    throw new ConfigException(ErrorCode.C002, Location.of(file), "[tool.alembic] " + key + " must be a list of strings",
        key + " = [\"%(here)s/alembic/versions\"]");
  }

  /** A TOML value with {@code %(here)s} and {@code %%} replaced, as Alembic's {@code value % toml_args}. */
  private static String hereIn(Path file, String key, String text, Path here) {
    return IniDocument.interpolate(file, "tool.alembic", key, text, Map.of("here", here.toString().replace('\\', '/')));
  }
}
