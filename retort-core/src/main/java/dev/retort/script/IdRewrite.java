package dev.retort.script;

import dev.retort.graph.RevisionKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites revision ids in one script's text, as {@code rename-revision} and {@code rewrite-ids}
 * do: the {@code Revision:}, {@code Revises:} and {@code Depends-On:} header lines of a SQL
 * revision, the {@code id}, {@code revises} and {@code dependsOn} attributes of a Java revision's
 * {@code @Revision}, and a Java class name that ends in {@code _<id>} (as {@code retort revision
 * --java} names classes). Only whole ids are replaced; every other byte, line endings included,
 * stays as it was. Pure: text in, text out.
 */
public final class IdRewrite {
  private static final Pattern ID_TOKEN = Pattern.compile("[A-Za-z0-9_.]+");
  private static final Pattern JAVA_ATTRIBUTE = Pattern.compile(
      "\\b(?:id|revises|dependsOn)\\s*=\\s*(\\{[^}]*\\}|\"(?:[^\"\\\\\\n]|\\\\.)*\")");
  private static final Pattern JAVA_LITERAL = Pattern.compile("\"([A-Za-z0-9_.]+)\"");
  private static final Pattern JAVA_TYPE = Pattern.compile("\\b(?:class|record|enum|interface)\\s+([A-Za-z_$][\\w$]*)");
  private static final char BOM = '\uFEFF';

  private IdRewrite() {}

  /**
   * One line the rewrite changed.
   *
   * @param line its number, from 1
   * @param before the line as it was (without its line ending)
   * @param after the line as it is now
   */
  public record LineChange(int line, String before, String after) {}

  /**
   * The text of a script after the rewrite.
   *
   * @param text the new text
   * @param changes the lines that changed, in order (empty when nothing did)
   */
  public record Rewritten(String text, List<LineChange> changes) {
    public Rewritten {
      changes = List.copyOf(changes);
    }
  }

  /**
   * Rewrites the ids of {@code ids} (old id to new id) in a script's text. {@code ownId} is the
   * id the script declares (before the rewrite): its Java class is renamed only when that id is
   * renamed.
   */
  public static Rewritten rewrite(RevisionKind kind, String text, String ownId, Map<String, String> ids) {
    String body = text.startsWith(String.valueOf(BOM)) ? text.substring(1) : text;
    String rewritten = kind == RevisionKind.JAVA ? java(body, ownId, ids) : sql(body, ids);
    String result = body.length() == text.length() ? rewritten : BOM + rewritten;
    return new Rewritten(result, changes(text, result));
  }

  /** The bytes of a script's text, as they are written back (UTF-8). */
  public static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The file name after renaming {@code oldId} to {@code newId}: the first occurrence of the old
   * id that stands alone (at the start or after a character that is not a letter or digit, and at
   * the end or before one) is replaced, so {@code OLD_add_users.sql} becomes {@code
   * NEW_add_users.sql}; a name without the id is kept.
   */
  public static String fileName(String name, String oldId, String newId) {
    int from = 0;
    while (true) {
      int at = name.indexOf(oldId, from);
      if (at < 0) {
        return name;
      }
      int end = at + oldId.length();
      boolean startsAlone = at == 0 || !Character.isLetterOrDigit(name.charAt(at - 1));
      boolean endsAlone = end == name.length() || !Character.isLetterOrDigit(name.charAt(end));
      if (startsAlone && endsAlone) {
        return name.substring(0, at) + newId + name.substring(end);
      }
      from = at + 1;
    }
  }

  /**
   * The lines of {@code text} that still mention one of {@code ids} as a whole id (comments,
   * statements, Java code), for a report: the rewrite leaves them alone.
   */
  public static List<LineChange> mentions(String text, java.util.Set<String> ids) {
    List<LineChange> found = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher token = ID_TOKEN.matcher(lines[i]);
      while (token.find()) {
        if (ids.contains(token.group())) {
          String line = withoutCarriageReturn(lines[i]);
          found.add(new LineChange(i + 1, line, line));
          break;
        }
      }
    }
    return found;
  }

  /** Parses a rewritten script's header, as discovery would read the file at {@code path}. */
  public static ScriptHeader header(Path path, String text) {
    String normalised = ScriptText.decode(path, bytes(text));
    String checksum = Checksum.of(bytes(text));
    return path.getFileName().toString().endsWith(".java")
        ? JavaHeaderParser.parse(path, normalised, checksum)
        : SqlHeaderParser.parse(path, normalised, checksum);
  }

  private static String sql(String text, Map<String, String> ids) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("--")) {
        break;
      }
      String comment = line.substring(2).strip();
      if (comment.startsWith("+upgrade") || comment.startsWith("+downgrade")) {
        break;
      }
      int colon = comment.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      HeaderFields.Key key = HeaderKeys.lookup(comment.substring(0, colon).strip());
      if (key == HeaderFields.Key.REVISION || key == HeaderFields.Key.REVISES || key == HeaderFields.Key.DEPENDS_ON) {
        int rawColon = lines[i].indexOf(':');
        lines[i] = lines[i].substring(0, rawColon + 1) + tokens(lines[i].substring(rawColon + 1), ids);
      }
    }
    return String.join("\n", lines);
  }

  /** Replaces each whole id of {@code ids} in a header value. */
  private static String tokens(String value, Map<String, String> ids) {
    Matcher token = ID_TOKEN.matcher(value);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      token.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(token.group(), token.group())));
    }
    token.appendTail(out);
    return out.toString();
  }

  private static String java(String text, String ownId, Map<String, String> ids) {
    String result = text;
    int open = JavaHeaderParser.find(result);
    if (open >= 0) {
      int close = JavaAnnotationEnd.of(result, open);
      String attributes = result.substring(open, close);
      Matcher attribute = JAVA_ATTRIBUTE.matcher(attributes);
      StringBuilder out = new StringBuilder();
      while (attribute.find()) {
        String value = attribute.group(1);
        String replaced = literals(value, ids);
        attribute.appendReplacement(out, Matcher.quoteReplacement(
            attribute.group().substring(0, attribute.start(1) - attribute.start()) + replaced));
      }
      attribute.appendTail(out);
      result = result.substring(0, open) + out + result.substring(close);
    }
    String newId = ids.get(ownId);
    return newId == null ? result : className(result, ownId, newId);
  }

  private static String literals(String value, Map<String, String> ids) {
    Matcher literal = JAVA_LITERAL.matcher(value);
    StringBuilder out = new StringBuilder();
    while (literal.find()) {
      String id = literal.group(1);
      literal.appendReplacement(out, Matcher.quoteReplacement("\"" + ids.getOrDefault(id, id) + "\""));
    }
    literal.appendTail(out);
    return out.toString();
  }

  /** Renames each type declared as {@code Something_<old id>} to {@code Something_<new id>}, everywhere in the file. */
  private static String className(String text, String oldId, String newId) {
    String oldSuffix = "_" + oldId.replace('.', '_');
    String newSuffix = "_" + newId.replace('.', '_');
    String result = text;
    Matcher type = JAVA_TYPE.matcher(text);
    while (type.find()) {
      String name = type.group(1);
      if (name.endsWith(oldSuffix) && name.length() > oldSuffix.length()) {
        String renamed = name.substring(0, name.length() - oldSuffix.length()) + newSuffix;
        result = result.replaceAll("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])", Matcher.quoteReplacement(renamed));
      }
    }
    return result;
  }

  private static List<LineChange> changes(String before, String after) {
    List<LineChange> changes = new ArrayList<>();
    if (before.equals(after)) {
      return changes;
    }
    String[] old = before.split("\n", -1);
    String[] now = after.split("\n", -1);
    for (int i = 0; i < Math.min(old.length, now.length); i++) {
      if (!old[i].equals(now[i])) {
        changes.add(new LineChange(i + 1, withoutCarriageReturn(old[i].replace(String.valueOf(BOM), "")),
            withoutCarriageReturn(now[i].replace(String.valueOf(BOM), ""))));
      }
    }
    return changes;
  }

  private static String withoutCarriageReturn(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
