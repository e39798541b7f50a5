package dev.retort.script;

import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits Python source into logical lines of tokens, as far as reading an Alembic revision header
 * needs: comments, blank lines, backslash continuations and line breaks inside brackets are
 * handled as Python handles them, and strings of every quoting are read whole. Nothing is
 * evaluated. A string or bracket left open at the end of the file is a {@link HeaderException}
 * (S031) naming the line it opened on.
 */
final class PythonTokenizer {
  /** Operators of two characters, so that {@code ==} or {@code +=} is never read as {@code =}. */
  private static final List<String> TWO_CHARACTER_OPS =
      List.of("==", "!=", "<=", ">=", ":=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "**", "//",
          "<<", ">>");

  /**
   * One logical line.
   *
   * @param indent the column of its first token
   * @param tokens its tokens, without the end of line
   */
  record LogicalLine(int indent, List<PythonToken> tokens) {
    LogicalLine {
      tokens = List.copyOf(tokens);
    }

    int line() {
      return tokens.get(0).line();
    }
  }

  private final Path path;
  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private PythonTokenizer(Path path, String text) {
    this.path = path;
    this.text = text;
  }

  /** The logical lines of {@code text}, in order; lines holding only comments or blanks are left out. */
  static List<LogicalLine> lines(Path path, String text) {
    return new PythonTokenizer(path, text).readAll();
  }

  private List<LogicalLine> readAll() {
    List<LogicalLine> lines = new ArrayList<>();
    List<PythonToken> current = new ArrayList<>();
    Deque<PythonToken> open = new ArrayDeque<>();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        newLine();
        if (open.isEmpty() && !current.isEmpty()) {
          lines.add(new LogicalLine(current.get(0).column(), current));
          current = new ArrayList<>();
        }
      } else if (c == ' ' || c == '\t' || c == '\f') {
        pos++;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos++;
        newLine();
      } else if (Character.isLetter(c) || c == '_') {
        current.add(nameOrString());
      } else if (c == '"' || c == '\'') {
        current.add(string(pos, ""));
      } else if (Character.isDigit(c) || c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
        current.add(number());
      } else {
        PythonToken op = op();
        trackBrackets(op, open);
        current.add(op);
      }
    }
    if (!open.isEmpty()) {
      PythonToken first = open.peekLast();
      throw HeaderException.unreadablePython(
          new Location(path, first.line()),
          "'" + first.text() + "' opened on this line is never closed",
          "close the bracket; Retort reads the revision header the way Python would parse it");
    }
    if (!current.isEmpty()) {
      lines.add(new LogicalLine(current.get(0).column(), current));
    }
    return lines;
  }

  private void trackBrackets(PythonToken op, Deque<PythonToken> open) {
    String t = op.text();
    if (t.equals("(") || t.equals("[") || t.equals("{")) {
      open.push(op);
    } else if (t.equals(")") || t.equals("]") || t.equals("}")) {
      if (open.isEmpty() || !closes(open.peek().text(), t)) {
        throw HeaderException.unreadablePython(
            new Location(path, op.line()),
            "'" + t + "' closes no bracket",
            "fix the brackets; the file must be valid Python");
      }
      open.pop();
    }
  }

  private static boolean closes(String opener, String closer) {
    return opener.equals("(") && closer.equals(")") || opener.equals("[") && closer.equals("]")
        || opener.equals("{") && closer.equals("}");
  }

  private void newLine() {
    pos++;
    line++;
    lineStart = pos;
  }

  private PythonToken nameOrString() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
      pos++;
    }
    String name = text.substring(start, pos);
    if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'') && name.length() <= 2
        && name.toLowerCase(java.util.Locale.ROOT).matches("[rubf]|[rb][rb]|[rf][rf]")) {
      return string(start, name.toLowerCase(java.util.Locale.ROOT));
    }
    return new PythonToken(PythonToken.Kind.NAME, name, name, line, start - lineStart);
  }

  private PythonToken number() {
    int start = pos;
    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
        || text.charAt(pos) == '.')) {
      pos++;
    }
    String number = text.substring(start, pos);
    return new PythonToken(PythonToken.Kind.NUMBER, number, number, line, start - lineStart);
  }

  private PythonToken op() {
    int start = pos;
    String two = pos + 2 <= text.length() ? text.substring(pos, pos + 2) : "";
    String op = TWO_CHARACTER_OPS.contains(two) ? two : text.substring(pos, pos + 1);
    pos += op.length();
    return new PythonToken(PythonToken.Kind.OP, op, op, line, start - lineStart);
  }

  /** A string literal whose prefix starts at {@code start}; {@link #pos} is at its opening quote. */
  private PythonToken string(int start, String prefix) {
    int startLine = line;
    int column = start - lineStart;
    char quote = text.charAt(pos);
    boolean triple = text.startsWith(String.valueOf(quote).repeat(3), pos);
    String closing = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
    pos += closing.length();
    boolean raw = prefix.contains("r");
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length() || !triple && text.charAt(pos) == '\n') {
        throw HeaderException.unreadablePython(
            new Location(path, startLine),
            "the string starting here is never closed",
            "close the string with " + closing + "; the file must be valid Python");
      }
      if (text.startsWith(closing, pos)) {
        pos += closing.length();
        break;
      }
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        char next = text.charAt(pos + 1);
        if (next == '\n') {
          newLine();
          pos++;
          if (raw) {
            value.append("\\\n");
          }
          continue;
        }
        value.append(raw ? "\\" + next : escaped(next));
        pos += 2;
        continue;
      }
      if (c == '\n') {
        value.append('\n');
        newLine();
        continue;
      }
      value.append(c);
      pos++;
    }
    PythonToken.Kind kind = prefix.contains("f") || prefix.contains("b")
        ? PythonToken.Kind.OTHER_STRING
        : PythonToken.Kind.STRING;
    return new PythonToken(kind, value.toString(), text.substring(start, pos), startLine, column);
  }

  /** The character a backslash escape stands for; an escape Python does not know keeps its backslash. */
  private static String escaped(char c) {
    return switch (c) {
      case 'n' -> "\n";
      case 't' -> "\t";
      case 'r' -> "\r";
      case '\\' -> "\\";
      case '\'' -> "'";
      case '"' -> "\"";
      case '0' -> "\0";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 'f' -> "\f";
      case 'v' -> "\u000b";
      default -> "\\" + c;
    };
  }
}
