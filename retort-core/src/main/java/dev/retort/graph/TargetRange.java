package dev.retort.graph;

/**
 * A {@code from:to} range, as {@code history -r} and offline {@code --sql} take it. Either side
 * may be empty: {@code :to} starts at base, {@code from:} runs to the heads.
 *
 * @param from the lower end, or null for base
 * @param to the upper end, or null for the heads
 */
public record TargetRange(Target from, Target to) {
  /** Parses {@code from:to}, {@code from:}, {@code :to} or a single target (meaning {@code target:target}). */
  public static TargetRange parse(String text) {
    if (text == null || text.isBlank()) {
      throw new MalformedTargetException(String.valueOf(text), "the range is empty");
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      Target single = TargetParser.parse(text);
      return new TargetRange(single, single);
    }
    if (text.indexOf(':', colon + 1) >= 0) {
      throw new MalformedTargetException(text, "a range has one ':'");
    }
    String left = text.substring(0, colon).strip();
    String right = text.substring(colon + 1).strip();
    return new TargetRange(
        left.isEmpty() ? null : TargetParser.parse(left),
        right.isEmpty() ? null : TargetParser.parse(right));
  }
}
