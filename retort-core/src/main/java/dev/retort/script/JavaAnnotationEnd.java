package dev.retort.script;

/**
 * Where a Java annotation's attribute list ends: the position of the {@code )} that closes it,
 * skipping string and character literals, comments and nested parentheses.
 */
final class JavaAnnotationEnd {
  private JavaAnnotationEnd() {}

  /**
   * The position of the closing parenthesis of the list that starts at {@code open} (just after
   * its {@code (}); the end of the text when it is not closed.
   */
  static int of(String text, int open) {
    int depth = 1;
    int i = open;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = afterLiteral(text, i, c);
        continue;
      }
      if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
        continue;
      }
      if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    return text.length();
  }

  private static int afterLiteral(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, text.length());
  }
}
