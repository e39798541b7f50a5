package dev.retort.script;

import dev.retort.error.Location;
import dev.retort.graph.RevisionKind;
import java.nio.file.Path;

/**
 * Reads the comment header at the top of a SQL revision ({@code -- Revision: ...}). The header
 * is the run of comment and blank lines before the first statement or {@code -- +upgrade}
 * marker; comment lines that are not {@code Key: value} pairs of a known key are ordinary
 * comments.
 */
final class SqlHeaderParser {
  private SqlHeaderParser() {}

  /** The header, or null when the file carries none (it is not a revision). */
  static ScriptHeader parse(Path path, String text, String checksum) {
    HeaderFields fields = new HeaderFields(path, RevisionKind.SQL);
    int lineNo = 0;
    int start = 0;
    boolean any = false;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNo++;
      String line = text.substring(start, end).strip();
      start = end + 1;
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
      any |= readField(fields, path, comment, lineNo);
    }
    if (!fields.has(HeaderFields.Key.REVISION)) {
      return missingRevision(path, text, any);
    }
    return fields.build(checksum, "Revises");
  }

  private static boolean readField(HeaderFields fields, Path path, String comment, int lineNo) {
    int colon = comment.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String spelling = comment.substring(0, colon).strip();
    HeaderFields.Key key = HeaderKeys.lookup(spelling);
    if (key == null) {
      String typo = HeaderKeys.typoOf(spelling);
      if (typo != null) {
        throw HeaderException.malformed(
            new Location(path, lineNo),
            "unknown header key '" + spelling + ":'",
            "did you mean '" + typo + ":'?");
      }
      return false;
    }
    fields.put(key, comment.substring(colon + 1), lineNo, key.header);
    return true;
  }

  private static ScriptHeader missingRevision(Path path, String text, boolean hadFields) {
    if (hadFields) {
      throw HeaderException.malformed(
          Location.of(path),
          "the header has fields but no 'Revision:' line",
          "add '-- Revision: <id>' as the first header line");
    }
    int line = lateRevisionLine(text);
    if (line > 0) {
      throw HeaderException.malformed(
          new Location(path, line),
          "the revision header must be at the top of the file, before any statement",
          "move the '-- Revision:' header lines to the top of the file");
    }
    int marker = firstMarkerLine(text);
    if (marker > 0) {
      String name = text.split("\n", -1)[marker - 1].strip().substring(2).strip();
      throw new HeaderlessScriptException(path, RevisionKind.SQL, marker,
          "the file has a '-- " + name + "' section", NewIds.fromText(text), null);
    }
    return null;
  }

  /** The line of the first {@code -- +upgrade} or {@code -- +downgrade} marker, or 0. */
  private static int firstMarkerLine(String text) {
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      String stripped = line.strip();
      if (stripped.startsWith("--")) {
        String marker = stripped.substring(2).strip();
        if (marker.equals("+upgrade") || marker.equals("+downgrade")) {
          return lineNo;
        }
      }
    }
    return 0;
  }

  /** The line of a comment that the header would read as a Revision field, or 0. */
  private static int lateRevisionLine(String text) {
    int lineNo = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lineNo++;
      int at = start;
      while (at < end && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (text.startsWith("--", at)) {
        int colon = text.indexOf(':', at);
        if (colon > 0 && colon < end
            && HeaderKeys.lookup(text.substring(at + 2, colon).strip()) == HeaderFields.Key.REVISION) {
          return lineNo;
        }
      }
      start = end + 1;
    }
    return 0;
  }
}
