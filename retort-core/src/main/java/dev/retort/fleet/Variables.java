package dev.retort.fleet;

import dev.retort.error.ErrorCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ${NAME}} in fleet values, taken from the environment; a variable that is not set is an error naming it. */
final class Variables {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private final Map<String, String> environment;
  private final Path file;

  Variables(Map<String, String> environment, Path file) {
    this.environment = Map.copyOf(environment);
    this.file = file;
  }

  /** {@code text} with each {@code ${NAME}} replaced; {@code where} names the value for the error. */
  String expand(String text, String where) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = environment.get(m.group(1));
      if (value == null) {
        throw new FleetException(ErrorCode.F002, file, "environment variable " + m.group(1) + " is not set",
            List.of("the " + where + " uses ${" + m.group(1) + "}"),
            "export " + m.group(1) + "=... before running retort, or remove ${" + m.group(1) + "} from the value");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
