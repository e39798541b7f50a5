package dev.retort.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text views of one SQL statement for the token checks: string literals masked, whitespace
 * collapsed, keywords upper-cased; identifiers unquoted and lower-cased. Quoted identifiers are
 * PostgreSQL's {@code "name"} or MySQL's {@code `name`}.
 */
final class SqlText {
  /** One part of a name: quoted ({@code "x"}, {@code `x`}) or bare. */
  static final String NAME_PART = "(?:\"[^\"]+\"|`[^`]+`|[\\w$]+)";

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private SqlText() {}

  /**
   * The statement with the contents of single-quoted literals replaced by {@code s} (quotes kept),
   * so an operator or keyword inside a literal is never seen. Same length as the input.
   */
  static String maskLiterals(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    boolean inLiteral = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        if (inLiteral && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
          out.append("ss");
          i++;
          continue;
        }
        inLiteral = !inLiteral;
        out.append(c);
      } else {
        out.append(inLiteral && c != '\n' ? 's' : c);
      }
    }
    return out.toString();
  }

  /**
   * Literals masked, whitespace collapsed to single spaces, upper case outside quoted identifiers:
   * the form the token checks read.
   */
  static String normalise(String sql) {
    String collapsed = SPACES.matcher(maskLiterals(sql)).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder(collapsed.length());
    char quote = 0;
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      boolean inQuote = quote != 0;
      if (quote == 0 && (c == '"' || c == '`')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      out.append(inQuote || quote != 0 ? c : Character.toUpperCase(c));
    }
    return out.toString();
  }

  /**
   * A table (or column) name as PostgreSQL folds it, without its schema: unquoted names
   * lower-cased, quoted ones unquoted as they are ({@code s."Users"} gives {@code Users}).
   */
  static String bareName(String written) {
    String name = written.strip();
    int dot = lastDotOutsideQuotes(name);
    if (dot >= 0) {
      name = name.substring(dot + 1);
    }
    boolean quoted = name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`");
    if (name.length() >= 2 && quoted) {
      return name.substring(1, name.length() - 1);
    }
    return name.toLowerCase(Locale.ROOT);
  }

  private static int lastDotOutsideQuotes(String name) {
    boolean quoted = false;
    int last = -1;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '`') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        last = i;
      }
    }
    return last;
  }

  /** Splits at commas outside parentheses and quotes; each part stripped. */
  static List<String> topLevelCommaSplit(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        parts.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(text.substring(start).strip());
    return parts;
  }
}
