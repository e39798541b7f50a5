package dev.retort.dialect.postgres;

import java.util.Locale;
import java.util.Map;

/** PostgreSQL type spellings: {@code format_type}'s output in the short canonical form. */
public final class PgTypes {
  private PgTypes() {}

  private static final Map<String, String> SHORT = Map.ofEntries(
      Map.entry("character varying", "varchar"),
      Map.entry("character", "char"),
      Map.entry("timestamp without time zone", "timestamp"),
      Map.entry("timestamp with time zone", "timestamptz"),
      Map.entry("time without time zone", "time"),
      Map.entry("time with time zone", "timetz"),
      Map.entry("double precision", "float8"),
      Map.entry("real", "float4"),
      Map.entry("smallint", "int2"),
      Map.entry("integer", "int4"),
      Map.entry("bigint", "int8"),
      Map.entry("boolean", "bool"),
      Map.entry("bit varying", "varbit"));

  /**
   * The canonical spelling of a {@code format_type} result: lower case, the short names
   * PostgreSQL uses internally ({@code int4}, {@code varchar(20)}, {@code timestamptz(3)}),
   * array brackets kept.
   */
  static String normalize(String formatted) {
    String type = formatted.trim().toLowerCase(Locale.ROOT);
    String array = "";
    while (type.endsWith("[]")) {
      array += "[]";
      type = type.substring(0, type.length() - 2);
    }
    String modifier = "";
    String zone = "";
    int open = type.indexOf('(');
    if (open >= 0) {
      int close = type.indexOf(')', open);
      modifier = type.substring(open, close + 1);
      zone = type.substring(close + 1);
      type = type.substring(0, open).trim();
    }
    String base = SHORT.getOrDefault((type + zone).trim(), (type + zone).trim());
    return base + modifier + array;
  }

  /** An expression without one pair of enclosing parentheses, as {@code pg_get_expr} wraps checks. */
  public static String unwrap(String expression) {
    String e = expression.trim();
    if (e.startsWith("(") && e.endsWith(")") && closes(e)) {
      return e.substring(1, e.length() - 1);
    }
    return e;
  }

  /** Whether the first parenthesis closes at the end. */
  private static boolean closes(String e) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i == e.length() - 1;
      }
    }
    return false;
  }
}
