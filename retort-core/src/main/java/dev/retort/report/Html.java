package dev.retort.report;

/** Text made safe for HTML element content and quoted attribute values. */
public final class Html {
  private Html() {}

  /**
   * {@code text} with {@code & < > " '} written as character references and control characters
   * other than tab, line feed and carriage return dropped, so it always shows as the text it is.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.appendCodePoint(c);
        default -> {
          if (c >= 0x20 && (c < 0x7f || c > 0x9f)) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
