package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A small lexer for the SQL SQLite keeps in {@code sqlite_master}: words, quoted strings and
 * identifiers, whole parenthesised groups as one token, and commas; comments are dropped.
 */
final class SqlTokens {
  private SqlTokens() {}

  static List<String> tokenize(String sql) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == ',') {
        tokens.add(",");
        i++;
      } else if (c == '(') {
        int end = closing(sql, i);
        tokens.add(sql.substring(i, end));
        i = end;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        int end = quoted(sql, i);
        tokens.add(sql.substring(i, end));
        i = end;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(sql.charAt(i)) && "(),'\"`[".indexOf(sql.charAt(i)) < 0) {
          i++;
        }
        tokens.add(sql.substring(start, i));
      }
    }
    return tokens;
  }

  /** The end (exclusive) of the quoted text starting at {@code start}. */
  private static int quoted(String sql, int start) {
    char open = sql.charAt(start);
    char close = open == '[' ? ']' : open;
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == close) {
        if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  /** The end (exclusive) of the parenthesised group starting at {@code start}. */
  private static int closing(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = quoted(sql, i);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  /** Tokens split at top-level commas. */
  static List<List<String>> splitCommas(List<String> tokens) {
    List<List<String>> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String t : tokens) {
      if (t.equals(",")) {
        parts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }

  /** The text inside a parenthesised group token. */
  static String inner(String group) {
    return group.startsWith("(") ? group.substring(1, group.endsWith(")") ? group.length() - 1 : group.length()) : group;
  }

  /** A name without its quotes. */
  static String unquote(String name) {
    if (name.length() >= 2 && "\"`[".indexOf(name.charAt(0)) >= 0) {
      return name.substring(1, name.length() - 1);
    }
    return name;
  }

  static String upper(String token) {
    return token.toUpperCase(Locale.ROOT);
  }

  /** The names in a column list group such as {@code (a, "b" DESC)}. */
  static List<String> names(String group) {
    List<String> names = new ArrayList<>();
    for (List<String> part : splitCommas(tokenize(inner(group)))) {
      if (!part.isEmpty()) {
        names.add(unquote(part.get(0)));
      }
    }
    return names;
  }

  /** Whether SQL text names the identifier (outside string literals). */
  static boolean mentions(String sql, String identifier) {
    String withoutStrings = sql.replaceAll("'(?:[^']|'')*'", "''");
    Pattern p = Pattern.compile("(?i)(?<![A-Za-z0-9_$])[\"`\\[]?" + Pattern.quote(identifier) + "[\"`\\]]?(?![A-Za-z0-9_$])");
    return p.matcher(withoutStrings).find();
  }
}
