package dev.retort.autogen.source;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code -- retort:renamed-from old_name} comments from a schema file. A hint renames:
 *
 * <ul>
 *   <li>a table, when it ends the {@code CREATE TABLE new_name (} line, or stands alone on the line
 *       just before it (blank lines between are allowed);
 *   <li>a column, when it ends the line of the column's definition inside {@code CREATE TABLE}: the
 *       column is the first word of that line.
 * </ul>
 *
 * A hint anywhere else is an error (RT-M008), so that a misplaced hint never goes unnoticed.
 */
public final class RenameHints {
  /** The comment's marker, as written in schema files. */
  public static final String MARKER = "retort:renamed-from";

  private static final Pattern HINT = Pattern.compile("--\\s*" + Pattern.quote(MARKER) + "(.*)$");
  private static final Pattern NAME = Pattern.compile("\\s*(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s*");
  private static final String PART = "(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)";
  private static final Pattern CREATE_TABLE = Pattern.compile(
      "(?i)^\\s*CREATE\\s+(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?("
          + PART + "(?:\\s*\\.\\s*" + PART + ")?)");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(" + PART + ")");
  private static final Set<String> NOT_COLUMNS = Set.of(
      "constraint", "primary", "unique", "foreign", "check", "exclude", "like", "key", "index", ")");

  private RenameHints() {}

  /** The hints of one file's text. */
  public static List<RenameHint> read(Path file, String text) {
    List<RenameHint> hints = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    String table = null;
    String pendingFrom = null;
    int pendingLine = 0;
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i];
      Matcher hint = HINT.matcher(line);
      boolean hasHint = hint.find();
      String code = hasHint ? line.substring(0, hint.start()) : line;
      String from = hasHint ? oldName(file, lineNumber, hint.group(1)) : null;
      Matcher create = CREATE_TABLE.matcher(code);
      if (pendingFrom != null && !code.isBlank() && !create.find(0)) {
        throw misplaced(file, pendingLine, "the hint on its own line must come just before a CREATE TABLE line");
      }
      if (create.find(0)) {
        table = lastPart(create.group(1));
        if (pendingFrom != null) {
          hints.add(RenameHint.table(pendingFrom, table, new Location(file, pendingLine)));
          pendingFrom = null;
        }
        if (hasHint) {
          hints.add(RenameHint.table(from, table, new Location(file, lineNumber)));
        }
      } else if (hasHint && code.isBlank()) {
        if (pendingFrom != null) {
          throw misplaced(file, pendingLine, "two hints in a row before one CREATE TABLE");
        }
        pendingFrom = from;
        pendingLine = lineNumber;
      } else if (hasHint) {
        if (table == null) {
          throw misplaced(file, lineNumber, "the hint is neither on a CREATE TABLE line nor on a column's line inside one");
        }
        Matcher word = FIRST_WORD.matcher(code);
        String column = word.find() ? unquote(word.group(1)) : ")";
        if (NOT_COLUMNS.contains(column.toLowerCase(Locale.ROOT)) && !word.group(1).startsWith("\"")) {
          throw misplaced(file, lineNumber, "the line defines a constraint, not a column");
        }
        hints.add(RenameHint.column(table, from, column, new Location(file, lineNumber)));
      }
      if (table != null && !create.find(0) && code.contains(";")) {
        table = null;
      } else if (table != null && create.find(0) && code.substring(create.end()).contains(";")) {
        table = null;
      }
    }
    if (pendingFrom != null) {
      throw misplaced(file, pendingLine, "the hint on its own line must come just before a CREATE TABLE line");
    }
    return hints;
  }

  private static String oldName(Path file, int line, String rest) {
    Matcher name = NAME.matcher(rest);
    if (!name.matches()) {
      throw new SchemaSourceException(ErrorCode.M008, new Location(file, line),
          "rename hint needs exactly one old name, got '" + rest.strip() + "'",
          List.of("write: -- " + MARKER + " old_name"),
          "give the old name of the table or column, e.g. -- " + MARKER + " customers");
    }
    return unquote(name.group(1));
  }

  private static SchemaSourceException misplaced(Path file, int line, String why) {
    return new SchemaSourceException(ErrorCode.M008, new Location(file, line),
        "rename hint in the wrong place: " + why,
        List.of("a table hint ends the CREATE TABLE line (or is alone on the line just before it);"
            + " a column hint ends the column's line"),
        "move the -- " + MARKER + " comment as docs/autogenerate.md#renames shows");
  }

  private static String lastPart(String qualified) {
    String[] parts = qualified.split("\\s*\\.\\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    return unquote(parts[parts.length - 1].strip());
  }

  private static String unquote(String name) {
    return name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"") ? name.substring(1, name.length() - 1) : name;
  }
}
