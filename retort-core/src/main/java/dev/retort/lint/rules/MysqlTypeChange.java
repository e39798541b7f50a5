package dev.retort.lint.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a MySQL {@code MODIFY}/{@code CHANGE} does to a column's type, judged from the column's
 * definition as last declared and the new one. Conservative: only the changes below are known not
 * to copy the table.
 *
 * <ul>
 *   <li>the same type (synonyms such as {@code INTEGER}/{@code INT} and integer display widths
 *       aside) with the same character set and collation: only nullability, default or comment change
 *   <li>{@code VARCHAR}/{@code VARBINARY} made longer while its length prefix keeps its size: both
 *       lengths at most 63 (under 256 bytes in any character set), or the old one at least 256
 * </ul>
 *
 * Members appended to an {@code ENUM} or {@code SET}, and a {@code VARCHAR} widened across 255
 * bytes, are done in place only under conditions the definitions cannot show (the character set,
 * the member count; member names are read with literals masked); they are {@link Kind#MAYBE}, as is
 * any change whose old type is unknown.
 */
final class MysqlTypeChange {
  /** A type: name (group 1), arguments (group 2), sign and zero-fill words (group 3). */
  private static final Pattern TYPE = Pattern.compile(
      "^(DOUBLE PRECISION|CHARACTER VARYING|NATIONAL VARCHAR|NATIONAL CHAR|[A-Z][A-Z0-9_]*)"
          + "(?: ?\\(([^)]*)\\))?((?: (?:UNSIGNED|SIGNED|ZEROFILL))*)");
  private static final Pattern CHARSET = Pattern.compile(" (?:CHARACTER SET|CHARSET) ?=? ?(\\w+)");
  private static final Pattern COLLATE = Pattern.compile(" COLLATE ?=? ?(\\w+)");
  private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT");
  /** Longest VARCHAR whose byte length stays under 256 in every character set (4 bytes a character). */
  private static final int SHORT_PREFIX_LIMIT = 63;
  private static final int LONG_PREFIX_START = 256;

  /** How the type changes. */
  enum Kind {
    /** The type stays: nothing is copied. */
    SAME,
    /** A widening MySQL does in place. */
    IN_PLACE,
    /** In place or a copy, depending on what the definitions do not show (or the old type is unknown). */
    MAYBE,
    /** Another type: MySQL copies the table. */
    COPY
  }

  /** A type read from a definition: canonical name, canonical arguments, character set and collation. */
  private record Type(String name, String arguments, String charset, String collation) {}

  private MysqlTypeChange() {}

  /**
   * @param oldDefinition the column's definition as last declared, if known
   * @param newDefinition the definition {@code MODIFY}/{@code CHANGE} gives
   */
  static Kind of(Optional<String> oldDefinition, String newDefinition) {
    Optional<Type> to = type(newDefinition);
    Optional<Type> from = oldDefinition.flatMap(MysqlTypeChange::type);
    if (from.isEmpty() || to.isEmpty()) {
      return Kind.MAYBE;
    }
    Type a = from.get();
    Type b = to.get();
    boolean sameText = a.charset().equals(b.charset()) && a.collation().equals(b.collation());
    boolean members = a.name().equals("ENUM") || a.name().equals("SET");
    if (a.equals(b)) {
      return members ? Kind.MAYBE : Kind.SAME; // member names are masked literals: a renamed member looks the same
    }
    if (!sameText || !a.name().equals(b.name())) {
      return Kind.COPY;
    }
    return switch (a.name()) {
      case "VARCHAR", "VARBINARY" -> widening(a.arguments(), b.arguments());
      case "ENUM", "SET" -> b.arguments().startsWith(a.arguments().isEmpty() ? "\u0000" : a.arguments() + ",")
          ? Kind.MAYBE : Kind.COPY;
      default -> Kind.COPY;
    };
  }

  /** The type of a definition, upper case with single spaces, as {@code INT NOT NULL DEFAULT 0}. */
  static Optional<String> typeText(String definition) {
    return type(definition).map(t -> t.name() + (t.arguments().isEmpty() ? "" : "(" + t.arguments() + ")"));
  }

  private static Kind widening(String oldLength, String newLength) {
    int from = number(oldLength);
    int to = number(newLength);
    if (from < 0 || to < from) {
      return Kind.COPY; // shorter (or unreadable): values may not fit, so MySQL copies
    }
    return to <= SHORT_PREFIX_LIMIT || from >= LONG_PREFIX_START ? Kind.IN_PLACE : Kind.MAYBE;
  }

  private static Optional<Type> type(String definition) {
    String text = normal(definition);
    Matcher m = TYPE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = canonical(m.group(1));
    String arguments = m.group(2) == null ? "" : m.group(2).replace(" ", "");
    if (m.group(1).startsWith("BOOL")) {
      arguments = "1";
    } else if (INTEGERS.contains(name)) {
      arguments = "";
    } else if (name.equals("DECIMAL")) {
      arguments = arguments.isEmpty() ? "10,0" : arguments.contains(",") ? arguments : arguments + ",0";
    }
    String rest = text.substring(m.end());
    String signs = m.group(3) == null ? "" : m.group(3).replace(" SIGNED", "").strip();
    return Optional.of(new Type(name + (signs.isEmpty() ? "" : " " + signs), arguments, find(CHARSET, rest),
        find(COLLATE, rest)));
  }

  private static String canonical(String name) {
    return switch (name) {
      case "INTEGER" -> "INT";
      case "BOOL", "BOOLEAN" -> "TINYINT";
      case "DEC", "NUMERIC", "FIXED" -> "DECIMAL";
      case "CHARACTER VARYING", "NATIONAL VARCHAR" -> "VARCHAR";
      case "CHARACTER", "NATIONAL CHAR" -> "CHAR";
      case "DOUBLE PRECISION", "REAL" -> "DOUBLE";
      default -> name;
    };
  }

  private static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  private static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Upper case, single spaces, none inside parentheses or around commas. */
  private static String normal(String text) {
    return text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?\\( ?", "(").replaceAll(" ?, ?", ",")
        .replaceAll(" \\)", ")").strip();
  }
}
