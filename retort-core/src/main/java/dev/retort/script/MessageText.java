package dev.retort.script;

/**
 * A revision message is one line of text: no line breaks and no other control characters, from
 * whatever source (SQL header, {@code @Revision(message = ...)}, {@code revision -m}, {@code merge
 * -m}). {@link #escaped} shows any text on one line, for the comments Retort writes.
 */
public final class MessageText {
  private MessageText() {}

  /** What makes the message more than one line of text, or null when it is one line. */
  public static String problemWith(String message) {
    int index = 0;
    for (int i = 0; i < message.length(); ) {
      int c = message.codePointAt(i);
      if (isBreaking(c)) {
        String kind = c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029 ? "a line break" : "a control character";
        return kind + " (" + escape(c) + ") at character " + (index + 1);
      }
      i += Character.charCount(c);
      index++;
    }
    return null;
  }

  /** The text with every line break and control character written as an escape ({@code \n}, {@code \u0085}). */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isBreaking(c)) {
        out.append(escape(c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static boolean isBreaking(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static String escape(int c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return String.format("\\u%04X", c);
    }
  }
}
