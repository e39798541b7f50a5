package dev.retort.lint.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether PostgreSQL changes a column's type without rewriting the table: the old type is binary
 * coercible to the new one and no index needs a rebuild. Conservative: only the cases below are
 * known not to rewrite; anything else (another type, a {@code USING} or {@code COLLATE} clause, an
 * array, a type this class cannot read) is taken to rewrite.
 *
 * <ul>
 *   <li>{@code varchar(n)} to {@code varchar(m)} with {@code m >= n}, to {@code varchar} or to
 *       {@code text}; {@code varchar} to {@code text}; {@code text} to {@code varchar} (no length)
 *   <li>{@code numeric(p,s)} to {@code numeric(p2,s)} with {@code p2 >= p} and the same scale, or to
 *       {@code numeric} without arguments
 *   <li>{@code varbit(n)} / {@code bit varying(n)} to a larger length or none
 * </ul>
 */
final class TypeChange {
  /** A leading type: family (group 1), first argument (group 2), second argument (group 3). */
  private static final Pattern TYPE = Pattern.compile(
      "^(CHARACTER VARYING|CHAR VARYING|VARCHAR|TEXT|NUMERIC|DECIMAL|BIT VARYING|VARBIT)"
          + "(?: ?\\( ?(\\d+) ?(?:, ?(\\d+) ?)?\\))?(?=$| |,)");
  /** No argument given. */
  private static final int NONE = -1;

  /** A type this class knows: family, length or precision, scale. */
  private record Spec(String family, int size, int scale) {}

  private TypeChange() {}

  /**
   * @param oldDefinition the column's definition as last declared (type first, then anything)
   * @param newType what follows {@code TYPE} in the {@code ALTER COLUMN} clause
   */
  static boolean rewritesNothing(String oldDefinition, String newType) {
    String target = normal(newType);
    String source = normal(oldDefinition);
    Optional<Spec> from = spec(source);
    Optional<Spec> to = spec(target);
    Matcher whole = TYPE.matcher(target);
    if (from.isEmpty() || to.isEmpty() || !whole.find() || whole.end() != target.length()
        || source.contains(" COLLATE ")) {
      return false; // unknown types, USING / COLLATE / array after the new type, or a collation to lose
    }
    return widens(from.get(), to.get());
  }

  private static boolean widens(Spec from, Spec to) {
    switch (from.family()) {
      case "varchar":
        return to.family().equals("text") || (to.family().equals("varchar") && longer(from, to));
      case "text":
        return to.family().equals("text") || (to.family().equals("varchar") && to.size() == NONE);
      case "varbit":
        return to.family().equals("varbit") && longer(from, to);
      case "numeric":
        return to.family().equals("numeric")
            && (to.size() == NONE || (longer(from, to) && scale(to) == scale(from)));
      default:
        return false;
    }
  }

  /** No limit, or a limit at least the old one (an unlimited old type has no larger limit). */
  private static boolean longer(Spec from, Spec to) {
    return to.size() == NONE || (from.size() != NONE && to.size() >= from.size());
  }

  /** {@code numeric(p)} means scale 0. */
  private static int scale(Spec numeric) {
    return numeric.scale() == NONE ? 0 : numeric.scale();
  }

  private static Optional<Spec> spec(String text) {
    Matcher m = TYPE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String family = switch (m.group(1)) {
      case "CHARACTER VARYING", "CHAR VARYING", "VARCHAR" -> "varchar";
      case "BIT VARYING", "VARBIT" -> "varbit";
      case "DECIMAL", "NUMERIC" -> "numeric";
      default -> "text";
    };
    boolean oneArgument = !family.equals("numeric");
    if ((m.group(3) != null && oneArgument) || (family.equals("text") && m.group(2) != null)) {
      return Optional.empty();
    }
    return Optional.of(new Spec(family, number(m.group(2)), number(m.group(3))));
  }

  private static int number(String digits) {
    if (digits == null) {
      return NONE;
    }
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** Upper case, single spaces, no spaces inside parentheses or around commas, no trailing semicolon. */
  private static String normal(String text) {
    return text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?\\( ?", "(").replaceAll(" ?, ?", ",")
        .replaceAll(" \\)", ")")
        .replaceAll(";$", "").strip();
  }
}
