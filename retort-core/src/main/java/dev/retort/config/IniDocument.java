package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An INI file read as Python's {@code configparser.ConfigParser} reads it, which is how Alembic
 * reads {@code alembic.ini}: {@code [section]} headers; {@code key = value} or {@code key: value}
 * with the key in lower case; lines indented deeper than their key continue its value (joined
 * with line breaks); whole-line comments start with {@code #} or {@code ;} (there are no inline
 * comments); and values are interpolated on reading ({@code %(name)s} from the same section, the
 * {@code [DEFAULT]} section or the defaults given, {@code %%} for a percent sign).
 */
final class IniDocument {
  private static final String DEFAULT_SECTION = "DEFAULT";
  private static final Pattern SECTION = Pattern.compile("\\[(.+)\\]");
  private static final Pattern OPTION = Pattern.compile("(.*?)\\s*[=:]\\s*(.*)");
  private static final Pattern REFERENCE = Pattern.compile("%\\(([^)]+)\\)s");
  private static final int MAX_DEPTH = 10;

  private final Path file;
  private final Map<String, Map<String, String>> sections;
  private final Map<String, Integer> lines;
  private final Map<String, String> defaults;

  private IniDocument(Path file, Map<String, Map<String, String>> sections, Map<String, Integer> lines,
      Map<String, String> defaults) {
    this.file = file;
    this.sections = sections;
    this.lines = lines;
    this.defaults = defaults;
  }

  /**
   * Parses {@code text}, the content of {@code file}.
   *
   * @param defaults values every section sees for interpolation (Alembic passes {@code here})
   */
  static IniDocument parse(Path file, String text, Map<String, String> defaults) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    Map<String, List<String>> current = null;
    Map<String, Map<String, List<String>>> raw = new LinkedHashMap<>();
    String section = null;
    String option = null;
    int indentOfOption = Integer.MAX_VALUE;
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      String value = line.strip();
      if (value.startsWith("#") || value.startsWith(";")) {
        continue;
      }
      if (value.isEmpty()) {
        if (current != null && option != null) {
          current.get(option).add("");
        }
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      if (current != null && option != null && indent > indentOfOption) {
        current.get(option).add(value);
        continue;
      }
      indentOfOption = indent;
      Matcher header = SECTION.matcher(value);
      if (header.matches()) {
        section = header.group(1);
        if (raw.containsKey(section)) {
          throw bad(file, lineNo, "section [" + section + "] appears twice", "keep one [" + section + "] section");
        }
        current = new LinkedHashMap<>();
        raw.put(section, current);
        option = null;
        continue;
      }
      if (current == null) {
        throw bad(file, lineNo, "a value before the first [section] header",
            "start the file with a section header such as [alembic]");
      }
      Matcher pair = OPTION.matcher(value);
      if (!pair.matches() || pair.group(1).isEmpty()) {
        throw bad(file, lineNo, "'" + value + "' is neither a [section] header nor 'key = value'",
            "write 'key = value', or start the line with # to make it a comment");
      }
      option = pair.group(1).toLowerCase(Locale.ROOT);
      if (current.containsKey(option)) {
        throw bad(file, lineNo, "'" + option + "' appears twice in [" + section + "]",
            "keep one '" + option + "' line in [" + section + "]");
      }
      List<String> parts = new ArrayList<>();
      parts.add(pair.group(2).strip());
      current.put(option, parts);
      lines.put(section + "\n" + option, lineNo);
    }
    raw.forEach((name, options) -> {
      Map<String, String> joined = new LinkedHashMap<>();
      options.forEach((key, parts) -> joined.put(key, String.join("\n", parts).stripTrailing()));
      sections.put(name, joined);
    });
    return new IniDocument(file, sections, lines, Map.copyOf(defaults));
  }

  boolean hasSection(String section) {
    return sections.containsKey(section);
  }

  /** The interpolated value of {@code key} in {@code section}, or empty when it is not set there or in [DEFAULT]. */
  Optional<String> get(String section, String key) {
    Optional<String> raw = rawValue(section, key);
    return raw.map(value -> interpolate(section, key, value, 1));
  }

  /** The options set in {@code section} itself (not [DEFAULT]), in file order, with interpolated values. */
  Map<String, String> options(String section) {
    Map<String, String> options = new LinkedHashMap<>();
    sections.getOrDefault(section, Map.of()).keySet().forEach(key -> options.put(key, get(section, key).orElse("")));
    return options;
  }

  /** The line {@code key} is set on in {@code section}, or 0. */
  int lineOf(String section, String key) {
    return lines.getOrDefault(section + "\n" + key, 0);
  }

  private Optional<String> rawValue(String section, String key) {
    Map<String, String> options = sections.getOrDefault(section, Map.of());
    if (options.containsKey(key)) {
      return Optional.of(options.get(key));
    }
    Map<String, String> fallback = sections.getOrDefault(DEFAULT_SECTION, Map.of());
    if (fallback.containsKey(key)) {
      return Optional.of(fallback.get(key));
    }
    return Optional.ofNullable(defaults.get(key));
  }

  /**
   * {@code value} with {@code %(name)s} taken from {@code names} only and {@code %%} read as a
   * percent sign: how Alembic fills {@code %(here)s} into the strings of {@code [tool.alembic]}.
   */
  static String interpolate(Path file, String section, String key, String value, Map<String, String> names) {
    return new IniDocument(file, Map.of(), Map.of(), Map.copyOf(names)).interpolate(section, key, value, 1);
  }

  private String interpolate(String section, String key, String value, int depth) {
    if (depth > MAX_DEPTH) {
      throw bad(file, lineOf(section, key), "'" + key + "' refers to itself through %(...)s more than "
          + MAX_DEPTH + " times", "remove the circular %(...)s reference");
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < value.length()) {
      int percent = value.indexOf('%', at);
      if (percent < 0) {
        out.append(value, at, value.length());
        break;
      }
      out.append(value, at, percent);
      if (value.startsWith("%%", percent)) {
        out.append('%');
        at = percent + 2;
        continue;
      }
      Matcher reference = REFERENCE.matcher(value).region(percent, value.length());
      if (!reference.lookingAt()) {
        throw bad(file, lineOf(section, key), "'" + key + "' holds a '%' that is not '%%' or '%(name)s'",
            "write a literal percent sign as %% (as Alembic's configparser requires, e.g. in a URL-encoded"
                + " password)");
      }
      String name = reference.group(1).toLowerCase(Locale.ROOT);
      String referenced = rawValue(section, name).orElseThrow(() -> bad(file, lineOf(section, key),
          "'" + key + "' refers to %(" + name + ")s, which is not set in [" + section + "]",
          "set " + name + " in [" + section + "] or [DEFAULT], or write %% for a literal percent sign"));
      out.append(interpolate(section, key, referenced, depth + 1));
      at = reference.end();
    }
    return out.toString();
  }

  private static ConfigException bad(Path file, int line, String problem, String hint) {
    return new ConfigException(ErrorCode.C001, new Location(file, line), problem, hint);
  }
}
