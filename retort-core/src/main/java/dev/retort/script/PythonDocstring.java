package dev.retort.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Retort takes from an Alembic revision's module docstring: the message is its first
 * paragraph (Alembic's {@code Script.doc}), written on one line, and the create date is the text
 * of its {@code Create Date:} line, as Alembic's template writes it.
 *
 * @param message the message, or empty
 * @param line the line the docstring starts on (0 without one)
 * @param createDate the create date text, or empty
 */
record PythonDocstring(String message, int line, String createDate) {
  private static final Pattern CREATE_DATE = Pattern.compile("(?m)^[ \\t]*Create Date:[ \\t]*(.*?)[ \\t]*$");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\n");

  /** The docstring's values; empty ones for a file without a docstring ({@code null}). */
  static PythonDocstring of(PythonToken docstring) {
    if (docstring == null) {
      return new PythonDocstring("", 0, "");
    }
    String text = docstring.text().strip();
    String paragraph = PARAGRAPH_BREAK.split(text, 2)[0];
    String message = String.join(" ", paragraph.strip().split("\\s*\n\\s*"));
    Matcher date = CREATE_DATE.matcher(text);
    return new PythonDocstring(message, docstring.line(), date.find() ? date.group(1) : "");
  }
}
