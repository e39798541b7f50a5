package dev.retort.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the SQL a Java revision's {@code upgrade} (or {@code downgrade}) method runs through
 * {@code op.execute(...)}, as text: nothing is compiled or run. Lint reads it, and so does the
 * run's preflight. A call counts when its first argument is a string literal, a
 * text block, or literals joined with {@code +}; any other argument (a variable, a method call) is
 * skipped. Comments and calls outside the method body are ignored. Odd or unfinished
 * code never throws: scanning stops where the text stops making sense.
 *
 * <p>{@code op.createTable(Table.named("t")...)} is reported as {@code CREATE TABLE t ()}, so the
 * rules that spare tables created earlier in the revision see those tables too.
 */
public final class JavaExecuteSql {
  private enum Type { IDENT, STRING, PUNCT }

  private record Token(Type type, String text, int line) {
    boolean is(String punct) {
      return type == Type.PUNCT && text.equals(punct);
    }

    boolean ident(String name) {
      return type == Type.IDENT && text.equals(name);
    }
  }

  private JavaExecuteSql() {}

  /** The statements of the {@code upgrade} method in source order, each at its literal's line. */
  public static List<SqlStatement> upgradeStatements(String source) {
    return statements(source, "upgrade");
  }

  /** The statements of the {@code downgrade} method in source order, each at its literal's line. */
  public static List<SqlStatement> downgradeStatements(String source) {
    return statements(source, "downgrade");
  }

  private static List<SqlStatement> statements(String source, String method) {
    List<Token> tokens = tokens(source);
    List<SqlStatement> out = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).ident(method) || !tokens.get(i + 1).is("(") || (i > 0 && tokens.get(i - 1).is("."))) {
        continue;
      }
      int close = matching(tokens, i + 1, "(", ")");
      int open = bodyStart(tokens, close);
      if (open < 0) {
        continue;
      }
      int end = matching(tokens, open, "{", "}");
      readBody(tokens, open + 1, end < 0 ? tokens.size() : end, out);
      i = end < 0 ? tokens.size() : end;
    }
    return out;
  }

  /** The opening brace of a method body after parameter list end {@code close} ({@code throws} allowed), or -1. */
  private static int bodyStart(List<Token> tokens, int close) {
    if (close < 0) {
      return -1;
    }
    for (int j = close + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.is("{")) {
        return j;
      }
      if (t.type() != Type.IDENT && !t.is(".") && !t.is(",")) {
        return -1;
      }
    }
    return -1;
  }

  private static void readBody(List<Token> tokens, int from, int to, List<SqlStatement> out) {
    for (int i = from; i + 1 < to; i++) {
      Token t = tokens.get(i);
      if (!tokens.get(i + 1).is("(") || (t.type() != Type.IDENT)) {
        continue;
      }
      if (t.text().equals("execute")) {
        literalArgument(tokens, i + 2, to).ifPresent(out::add);
      } else if (t.text().equals("createTable")) {
        createdTable(tokens, i + 2, to).ifPresent(out::add);
      }
    }
  }

  /** Literals joined by {@code +} from {@code at}, ending the first argument. */
  private static Optional<SqlStatement> literalArgument(List<Token> tokens, int at, int to) {
    StringBuilder sql = new StringBuilder();
    int i = at;
    while (i < to && tokens.get(i).type() == Type.STRING) {
      sql.append(tokens.get(i).text());
      i++;
      if (i < to && tokens.get(i).is("+")) {
        i++;
      } else {
        break;
      }
    }
    if (i == at || i >= to || !(tokens.get(i).is(")") || tokens.get(i).is(","))
        || tokens.get(i - 1).type() != Type.STRING) {
      return Optional.empty();
    }
    return Optional.of(new SqlStatement(sql.toString(), tokens.get(at).line()));
  }

  /** {@code createTable(Table.named("t")} (the type name possibly qualified) gives {@code CREATE TABLE t ()}. */
  private static Optional<SqlStatement> createdTable(List<Token> tokens, int at, int to) {
    int i = at;
    while (i + 1 < to && tokens.get(i).type() == Type.IDENT && tokens.get(i + 1).is(".")
        && !tokens.get(i).text().equals("Table")) {
      i += 2;
    }
    if (i + 5 < to && tokens.get(i).ident("Table") && tokens.get(i + 1).is(".") && tokens.get(i + 2).ident("named")
        && tokens.get(i + 3).is("(") && tokens.get(i + 4).type() == Type.STRING && tokens.get(i + 5).is(")")
        && tokens.get(i + 4).text().matches("[\\w$.]+")) {
      return Optional.of(new SqlStatement("CREATE TABLE " + tokens.get(i + 4).text() + " ()",
          tokens.get(i + 4).line()));
    }
    return Optional.empty();
  }

  /** The index of the token closing the one at {@code open}, or -1. */
  private static int matching(List<Token> tokens, int open, String opening, String closing) {
    int depth = 0;
    for (int j = open; j < tokens.size(); j++) {
      if (tokens.get(j).is(opening)) {
        depth++;
      } else if (tokens.get(j).is(closing) && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  /** Identifiers, string values and single-character punctuation; comments, numbers and chars dropped. */
  private static List<Token> tokens(String s) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        line += newlines(s, i, stop);
        i = stop;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = textBlockEnd(s, i + 3);
        if (end < 0) {
          break;
        }
        String value = textBlock(s.substring(i + 3, end));
        if (value != null) {
          tokens.add(new Token(Type.STRING, value, line));
        }
        line += newlines(s, i, end + 3);
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int end = quoteEnd(s, i + 1, c);
        if (end < 0) {
          break;
        }
        if (c == '"') {
          String value = unescape(s.substring(i + 1, end));
          if (value == null) {
            break;
          }
          tokens.add(new Token(Type.STRING, value, line));
        }
        i = end + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = i;
        while (i < n && Character.isJavaIdentifierPart(s.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Type.IDENT, s.substring(start, i), line));
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_')) {
          i++;
        }
      } else {
        tokens.add(new Token(Type.PUNCT, String.valueOf(c), line));
        i++;
      }
    }
    return tokens;
  }

  private static int newlines(String s, int from, int to) {
    int count = 0;
    for (int j = from; j < to; j++) {
      if (s.charAt(j) == '\n') {
        count++;
      }
    }
    return count;
  }

  /** The closing quote of a one-line literal whose content starts at {@code from}, or -1. */
  private static int quoteEnd(String s, int from, char quote) {
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j;
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** The start of the closing {@code """} of a text block whose content starts at {@code from}, or -1. */
  private static int textBlockEnd(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      if (s.charAt(j) == '\\') {
        j++;
      } else if (s.startsWith("\"\"\"", j)) {
        return j;
      }
    }
    return -1;
  }

  /** A text block's value from the text between its delimiters, or null when it is not well formed. */
  private static String textBlock(String raw) {
    int newline = raw.indexOf('\n');
    if (newline < 0 || !raw.substring(0, newline).isBlank()) {
      return null;
    }
    return unescape(raw.substring(newline + 1).stripIndent());
  }

  private static String unescape(String raw) {
    try {
      return raw.translateEscapes();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
