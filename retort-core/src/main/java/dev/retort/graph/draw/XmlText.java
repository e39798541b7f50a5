package dev.retort.graph.draw;

/** Text for XML content and attribute values: markup characters escaped, characters XML forbids replaced. */
final class XmlText {
  private XmlText() {}

  static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.append(allowed(c) ? c : '\uFFFD');
      }
    }
    return out.toString();
  }

  /** XML 1.0 allows tab, line breaks and everything from space on, except the two non-characters; surrogates pass. */
  private static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }
}
