package dev.retort.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at top-level semicolons. Understands single-quoted strings
 * (with {@code ''} and, for {@code E'...'}, backslash escapes), double-quoted identifiers,
 * dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}), line and nested block comments, and
 * {@code BEGIN ... END} bodies of {@code CREATE TRIGGER/FUNCTION/PROCEDURE}. Statements holding
 * only comments are dropped. A {@link SqlSyntax} adds a database's own forms: MySQL's backslash
 * escapes in every string, {@code #} comments and backtick-quoted names.
 */
public final class SqlSplitter {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern BODY_HEAD =
      java.util.regex.Pattern.compile("CREATE (OR REPLACE )?(TEMP |TEMPORARY )?(TRIGGER|FUNCTION|PROCEDURE)");
  private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("TRIGGER", "FUNCTION", "PROCEDURE");
  private final String text;
  private final int firstLine;
  private final SqlSyntax syntax;
  private int pos;
  private int line;

  private SqlSplitter(String text, int firstLine, SqlSyntax syntax) {
    this.text = text;
    this.firstLine = firstLine;
    this.syntax = syntax;
  }

  /**
   * Splits with {@link SqlSyntax#STANDARD}.
   *
   * @param text the SQL
   * @param firstLine the file line the text starts on
   */
  public static List<SqlStatement> split(String text, int firstLine) {
    return split(text, firstLine, SqlSyntax.STANDARD);
  }

  /**
   * @param text the SQL
   * @param firstLine the file line the text starts on
   * @param syntax the database's quoting and comment forms
   */
  public static List<SqlStatement> split(String text, int firstLine, SqlSyntax syntax) {
    return new SqlSplitter(text, firstLine, syntax).run();
  }

  private List<SqlStatement> run() {
    List<SqlStatement> statements = new ArrayList<>();
    line = firstLine;
    StringBuilder current = new StringBuilder();
    int startLine = -1;
    int blockDepth = 0;
    int words = 0;
    boolean bodyStatement = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
      }
      if ((c == '-' && peek(1) == '-') || (c == '#' && syntax.hashComments())) {
        skipLineComment(current);
        continue;
      }
      if (c == '/' && peek(1) == '*') {
        skipBlockComment(current);
        continue;
      }
      if (startLine < 0 && !Character.isWhitespace(c)) {
        startLine = line;
      }
      if (c == '\'' || c == '"' || (c == '`' && syntax.backtickNames())) {
        boolean escapes = c != '`' && (syntax.backslashEscapes() || c == '\'' && pos > 0
            && (text.charAt(pos - 1) == 'E' || text.charAt(pos - 1) == 'e')
            && (pos < 2 || !Character.isLetterOrDigit(text.charAt(pos - 2))));
        copyQuoted(current, c, escapes);
        continue;
      }
      if (c == '$' && syntax.dollarQuotes() && dollarTag() != null) {
        copyDollarQuoted(current, dollarTag());
        continue;
      }
      if (Character.isLetter(c) && (pos == 0 || !isWordChar(text.charAt(pos - 1)))) {
        String word = word();
        String upper = word.toUpperCase(Locale.ROOT);
        if (words == 0) {
          bodyStatement = false;
        }
        words++;
        current.append(word);
        pos += word.length();
        // the head is at most CREATE OR REPLACE TEMPORARY FUNCTION: looking further is wasted (and quadratic);
        // it ends with the word just read, so only that word can complete it
        if (!bodyStatement && words <= 5 && BODY_WORDS.contains(upper) && isBodyHead(current)) {
          bodyStatement = true;
        }
        if (bodyStatement && (upper.equals("BEGIN") || upper.equals("CASE"))) {
          blockDepth++;
        } else if (bodyStatement && upper.equals("END") && blockDepth > 0) {
          blockDepth--;
        }
        continue;
      }
      if (c == ';' && blockDepth == 0) {
        add(statements, current, startLine);
        current.setLength(0);
        startLine = -1;
        words = 0;
        bodyStatement = false;
        pos++;
        continue;
      }
      current.append(c);
      pos++;
    }
    add(statements, current, startLine);
    return statements;
  }

  private static boolean isBodyHead(StringBuilder current) {
    String head = SPACES.matcher(current.toString().strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
    return BODY_HEAD.matcher(head).matches();
  }

  private static void add(List<SqlStatement> statements, StringBuilder current, int startLine) {
    String sql = current.toString().strip();
    if (!sql.isEmpty()) {
      statements.add(new SqlStatement(sql, startLine));
    }
  }

  private char peek(int ahead) {
    int at = pos + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private String word() {
    int end = pos;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return text.substring(pos, end);
  }

  private void skipLineComment(StringBuilder current) {
    while (pos < text.length() && text.charAt(pos) != '\n') {
      pos++;
    }
    current.append(' ');
  }

  private void skipBlockComment(StringBuilder current) {
    int depth = 0;
    while (pos < text.length()) {
      if (text.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) {
          break;
        }
      } else {
        if (text.charAt(pos) == '\n') {
          line++;
        }
        pos++;
      }
    }
    current.append(' ');
  }

  private void copyQuoted(StringBuilder current, char quote, boolean backslashEscapes) {
    current.append(quote);
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      current.append(c);
      if (c == '\n') {
        line++;
      } else if (backslashEscapes && c == '\\' && pos < text.length()) {
        char escaped = text.charAt(pos++);
        current.append(escaped);
        if (escaped == '\n') {
          line++;
        }
      } else if (c == quote) {
        if (pos < text.length() && text.charAt(pos) == quote) {
          current.append(text.charAt(pos++));
        } else {
          return;
        }
      }
    }
  }

  /** The dollar-quote tag starting at pos ({@code $$} or {@code $name$}), or null. */
  private String dollarTag() {
    if (pos > 0 && isWordChar(text.charAt(pos - 1))) {
      return null;
    }
    int end = pos + 1;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    if (end < text.length() && text.charAt(end) == '$' && (end == pos + 1 || !Character.isDigit(text.charAt(pos + 1)))) {
      return text.substring(pos, end + 1);
    }
    return null;
  }

  private void copyDollarQuoted(StringBuilder current, String tag) {
    int close = text.indexOf(tag, pos + tag.length());
    int end = close < 0 ? text.length() : close + tag.length();
    String quoted = text.substring(pos, end);
    line += (int) quoted.chars().filter(ch -> ch == '\n').count();
    current.append(quoted);
    pos = end;
  }
}
