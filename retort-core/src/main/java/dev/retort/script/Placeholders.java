package dev.retort.script;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} placeholders in SQL revisions and repeatable revisions, replaced before the text
 * is split and run (and in offline scripts). Off unless {@code placeholder_replacement = true};
 * checksums are always taken over the file as written.
 *
 * @param enabled whether placeholders are replaced at all
 * @param values each placeholder's value, by name
 */
public record Placeholders(boolean enabled, Map<String, String> values) {
  /** Placeholder replacement off. */
  public static final Placeholders OFF = new Placeholders(false, Map.of());

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

  public Placeholders {
    values = Map.copyOf(values);
  }

  /**
   * {@code text} (read from {@code file}) with every placeholder replaced; unchanged when off.
   *
   * @throws MissingPlaceholderException for the first placeholder that has no value
   */
  public String apply(Path file, String text) {
    if (!enabled || text.indexOf("${") < 0) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new MissingPlaceholderException(file, lineOf(text, m.start()), m.group(1), values.keySet());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
