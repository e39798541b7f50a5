package dev.retort.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns target text into a {@link Target}. The forms are Alembic's: {@code head}, {@code heads},
 * {@code base}, an id or unique prefix, {@code <label>@head}, {@code <label>@base}, {@code
 * <label>@<id>}, {@code <id>@head}, {@code +N}, {@code -N}, {@code <label>@+N}, {@code <target>+N},
 * {@code <target>-N}. Ranges ({@code from:to}) are parsed by {@link TargetRange}.
 */
public final class TargetParser {
  private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");
  private static final Pattern SUFFIX = Pattern.compile("(.+?)([+-])(\\d+)");

  private TargetParser() {}

  /** Parses one target; {@link MalformedTargetException} when it fits no form. */
  public static Target parse(String text) {
    if (text == null || text.isBlank()) {
      throw new MalformedTargetException(String.valueOf(text), "it is empty");
    }
    String trimmed = text.strip();
    Matcher relative = RELATIVE.matcher(trimmed);
    if (relative.matches()) {
      return new Target.Relative(trimmed, null, null, steps(trimmed, relative.group(1), relative.group(2)));
    }
    int at = trimmed.indexOf('@');
    if (at >= 0) {
      return parseScoped(trimmed, trimmed.substring(0, at), trimmed.substring(at + 1));
    }
    Matcher suffix = SUFFIX.matcher(trimmed);
    if (suffix.matches()) {
      Target anchor = parse(suffix.group(1));
      if (anchor instanceof Target.Relative) {
        throw new MalformedTargetException(trimmed, "only one +N/-N step is allowed");
      }
      return new Target.Relative(trimmed, anchor, null, steps(trimmed, suffix.group(2), suffix.group(3)));
    }
    return simple(trimmed, trimmed);
  }

  private static Target simple(String text, String word) {
    return switch (word) {
      case "head" -> new Target.Head(text);
      case "heads" -> new Target.Heads(text);
      case "base" -> new Target.Base(text);
      case "current" -> new Target.Current(text);
      default -> new Target.Ref(text, checkedRef(text, word));
    };
  }

  private static Target parseScoped(String text, String branch, String rest) {
    checkedRef(text, branch);
    if (rest.equals("head")) {
      return new Target.BranchHead(text, branch);
    }
    if (rest.equals("base")) {
      return new Target.BranchBase(text, branch);
    }
    Matcher relative = RELATIVE.matcher(rest);
    if (relative.matches()) {
      return new Target.Relative(text, null, branch, steps(text, relative.group(1), relative.group(2)));
    }
    Matcher suffix = SUFFIX.matcher(rest);
    if (suffix.matches()) {
      Target anchor = parseScoped(text, branch, suffix.group(1));
      if (anchor instanceof Target.Relative) {
        throw new MalformedTargetException(text, "only one +N/-N step is allowed");
      }
      return new Target.Relative(text, anchor, null, steps(text, suffix.group(2), suffix.group(3)));
    }
    return new Target.BranchRef(text, branch, checkedRef(text, rest));
  }

  private static String checkedRef(String text, String ref) {
    if (ref.isEmpty()) {
      throw new MalformedTargetException(text, "a revision or label is missing");
    }
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (!RevisionId.isIdChar(c)) {
        throw new MalformedTargetException(text, "'" + c + "' cannot appear in a revision id or label");
      }
    }
    return ref;
  }

  private static int steps(String text, String sign, String digits) {
    int count;
    try {
      count = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new MalformedTargetException(text, "step count " + digits + " is too large");
    }
    return sign.equals("-") ? -count : count;
  }
}
