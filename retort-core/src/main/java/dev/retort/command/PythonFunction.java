package dev.retort.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The source of a module-level function ({@code def upgrade(...)}) of an Alembic revision, as text:
 * its {@code def} line and every line after it up to the next statement at column 0. Kept in a
 * comment when {@code import-alembic} cannot take the function's SQL from Alembic.
 */
final class PythonFunction {
  private PythonFunction() {}

  /** The function's lines, or empty when the file defines no such function at column 0. */
  static List<String> source(String text, String name) {
    Pattern def = Pattern.compile("^(async\\s+)?def\\s+" + Pattern.quote(name) + "\\s*\\(.*");
    List<String> lines = text.lines().toList();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!def.matcher(lines.get(i)).matches()) {
        continue;
      }
      found.add(lines.get(i));
      for (int j = i + 1; j < lines.size(); j++) {
        String line = lines.get(j);
        if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")
            && !line.startsWith(")")) {
          break;
        }
        found.add(line);
      }
      break;
    }
    while (!found.isEmpty() && found.get(found.size() - 1).isBlank()) {
      found.remove(found.size() - 1);
    }
    return found;
  }

  /** The function as SQL comment lines ({@code -- } before each), each line ending with a line break. */
  static String commented(String text, String name) {
    List<String> source = source(text, name);
    if (source.isEmpty()) {
      return "-- (the file defines no " + name + "() function)\n";
    }
    StringBuilder out = new StringBuilder();
    for (String line : source) {
      out.append(line.isBlank() ? "--" : "-- " + line).append('\n');
    }
    return out.toString();
  }
}
