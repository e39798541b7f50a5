package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.graph.RevisionKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code @Revision(...)} annotation of a Java revision as text: nothing is compiled.
 * Values must be literals: strings, {@code {"a", "b"}} arrays, {@code true}/{@code false}.
 */
final class JavaHeaderParser {
  /** {@code @Revision(}, also with a qualified name or space before the parenthesis. */
  private static final Pattern ANNOTATION =
      Pattern.compile("@(?:[A-Za-z_$][\\w$]*\\s*\\.\\s*)*Revision\\s*\\(");

  /** A class (not abstract) that implements {@code Migration}: a revision, if it had its annotation. */
  private static final Pattern MIGRATION_CLASS = Pattern.compile(
      "(?m)^(?![^\\n]*\\babstract\\b)[^\\n/*]*\\bclass\\s+(\\w+)[^{;]*\\bimplements\\b[^{;]*\\bMigration\\b");

  private static final Map<String, HeaderFields.Key> ATTRIBUTES = Map.of(
      "id", HeaderFields.Key.REVISION,
      "revises", HeaderFields.Key.REVISES,
      "message", HeaderFields.Key.MESSAGE,
      "createDate", HeaderFields.Key.CREATE_DATE,
      "branchLabels", HeaderFields.Key.BRANCH_LABELS,
      "dependsOn", HeaderFields.Key.DEPENDS_ON,
      "transactional", HeaderFields.Key.TRANSACTIONAL);

  private final Path path;
  private final String text;
  private int pos;
  private int line = 1;

  private JavaHeaderParser(Path path, String text, int start) {
    this.path = path;
    this.text = text;
    for (int i = 0; i < start; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    this.pos = start;
  }

  /** The header, or null when the file has no {@code @Revision(} annotation. */
  static ScriptHeader parse(Path path, String text, String checksum) {
    int at = find(text);
    if (at < 0) {
      Matcher migration = MIGRATION_CLASS.matcher(text);
      if (migration.find()) {
        int line = 1 + (int) text.substring(0, migration.start(1)).chars().filter(c -> c == '\n').count();
        throw new HeaderlessScriptException(path, RevisionKind.JAVA, line,
            "class " + migration.group(1) + " implements Migration", NewIds.fromText(text), null);
      }
      return null;
    }
    JavaHeaderParser parser = new JavaHeaderParser(path, text, at);
    HeaderFields fields = new HeaderFields(path, RevisionKind.JAVA);
    parser.readAttributes(fields);
    if (!fields.has(HeaderFields.Key.REVISION)) {
      throw HeaderException.malformed(
          new Location(path, parser.line), "@Revision has no id", "@Revision(id = \"<id>\", revises = \"<parent>\")");
    }
    if (!fields.has(HeaderFields.Key.REVISES)) {
      fields.put(HeaderFields.Key.REVISES, "", 0, "revises");
    }
    return fields.build(checksum, "revises");
  }

  /** The position just after the {@code (} of the annotation, or -1. */
  static int find(String text) {
    Matcher m = ANNOTATION.matcher(text);
    while (m.find()) {
      int at = m.start();
      if (at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1))) {
        return m.end();
      }
    }
    return -1;
  }

  private void readAttributes(HeaderFields fields) {
    skipSpace();
    if (peek() == ')') {
      return;
    }
    while (true) {
      skipSpace();
      int nameLine = line;
      String name = identifier();
      HeaderFields.Key key = ATTRIBUTES.get(name);
      if (key == null) {
        throw HeaderException.malformed(
            new Location(path, nameLine),
            "@Revision has no attribute '" + name + "'",
            "use id, revises, message, createDate, branchLabels, dependsOn, transactional");
      }
      skipSpace();
      expect('=');
      skipSpace();
      fields.put(key, value(name), nameLine, name);
      skipSpace();
      char next = peek();
      pos++;
      if (next == ')') {
        return;
      }
      if (next != ',') {
        throw error("expected ',' or ')' in @Revision(...)");
      }
    }
  }

  private String value(String name) {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '{') {
      pos++;
      List<String> items = new ArrayList<>();
      skipSpace();
      while (peek() != '}') {
        items.add(string());
        skipSpace();
        if (peek() == ',') {
          pos++;
          skipSpace();
        }
      }
      pos++;
      return String.join(", ", items);
    }
    String word = identifier();
    if (word.equals("true") || word.equals("false")) {
      return word;
    }
    throw HeaderException.malformed(
        new Location(path, line),
        "@Revision " + name + " = " + word + " is not a literal",
        "write the value as a literal (\"...\", {\"a\", \"b\"}, true or false): headers are read without"
            + " compiling");
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (peek() != '"') {
      char c = text.charAt(pos++);
      if (c == '\n') {
        throw error("string literal is not closed");
      }
      if (c == '\\') {
        out.append(escape());
      } else {
        out.append(c);
      }
    }
    pos++;
    return out.toString();
  }

  /** The character of the escape after a backslash in a string literal, as javac reads it. */
  private char escape() {
    char c = peek();
    pos++;
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 's':
        return ' ';
      case 'u':
        while (peek() == 'u') {
          pos++;
        }
        return (char) hex(4);
      default:
        if (c >= '0' && c <= '7') {
          int value = c - '0';
          int max = c <= '3' ? 2 : 1;
          for (int i = 0; i < max && peek() >= '0' && peek() <= '7'; i++) {
            value = value * 8 + (text.charAt(pos++) - '0');
          }
          return (char) value;
        }
        return c;
    }
  }

  private int hex(int digits) {
    if (pos + digits > text.length()) {
      throw error("\\u escape is not complete");
    }
    try {
      int value = Integer.parseInt(text.substring(pos, pos + digits), 16);
      pos += digits;
      return value;
    } catch (NumberFormatException e) {
      throw error("\\u escape is not four hex digits");
    }
  }

  private String identifier() {
    int start = pos;
    while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error("expected a name or literal in @Revision(...)");
    }
    return text.substring(start, pos);
  }

  /** Skips white space and comments. */
  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
      } else if (text.startsWith("//", pos)) {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
        continue;
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error("comment is not closed");
        }
        line += (int) text.substring(pos, end).chars().filter(ch -> ch == '\n').count();
        pos = end + 2;
        continue;
      } else if (!Character.isWhitespace(c)) {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("@Revision(...) is not closed");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "' in @Revision(...)");
    }
    pos++;
  }

  private HeaderException error(String summary) {
    return HeaderException.malformed(
        new Location(path, line), summary, "write @Revision(id = \"...\", revises = \"...\", message = \"...\")");
  }
}
