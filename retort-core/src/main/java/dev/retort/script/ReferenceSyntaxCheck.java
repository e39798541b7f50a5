package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.NearMatches;
import dev.retort.graph.RevisionId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds {@code Revises:} / {@code Depends-On:} values that cannot be ids at all (a file name
 * with {@code -}, say) and explains them with the script they probably mean. Values that are
 * well-formed ids are checked later against the graph.
 */
final class ReferenceSyntaxCheck {
  /** Suffixes a file name may carry in a reference: ours, and Alembic's {@code .py}. */
  private static final Set<String> SCRIPT_SUFFIXES = Set.of("sql", "java", "py");

  private final List<ScriptHeader> headers;

  ReferenceSyntaxCheck(List<ScriptHeader> headers) {
    this.headers = headers;
  }

  void check() {
    List<HeaderException> problems = problems();
    if (!problems.isEmpty()) {
      throw problems.get(0);
    }
  }

  /** Every reference that is not an id, explained, in header order. */
  List<HeaderException> problems() {
    List<HeaderException> problems = new java.util.ArrayList<>();
    Map<String, ScriptHeader> byName = null;
    for (ScriptHeader header : headers) {
      for (String parent : header.revises()) {
        if (!RevisionId.isValid(parent)) {
          byName = byName == null ? namesOf(headers) : byName;
          problems.add(explain(header, "Revises", ErrorCode.S004, header.revisesLine(), parent, byName));
        }
      }
      for (String dependency : header.dependsOn()) {
        if (!RevisionId.isValid(dependency)) {
          byName = byName == null ? namesOf(headers) : byName;
          problems.add(explain(header, "Depends-On", ErrorCode.S005, header.dependsOnLine(), dependency, byName));
        }
      }
    }
    return problems;
  }

  private HeaderException explain(
      ScriptHeader from, String field, ErrorCode code, int line, String value, Map<String, ScriptHeader> byName) {
    ScriptHeader meant = named(value, byName);
    Location where = new Location(from.path(), line);
    if (meant != null) {
      return new HeaderException(
          code,
          where,
          "'" + field + ": " + value + "' names no revision; that is the file name of " + dev.retort.error.Paths.display(meant.path())
              + "; its revision id is " + meant.id(),
          field + ": " + meant.id());
    }
    List<String> near = NearMatches.among(value, headers.stream().map(ScriptHeader::id)::iterator);
    return new HeaderException(
        code,
        where,
        "'" + field + ": " + value + "' is not a revision id (" + RevisionId.problemWith(value) + ")",
        near.isEmpty() ? "point " + field + ": at a revision id (each script's 'Revision:' header line holds its id)" : "did you mean: " + String.join(", ", near));
  }

  /** The script the value names by file name, stem or slug, with or without a script suffix. */
  private static ScriptHeader named(String value, Map<String, ScriptHeader> byName) {
    ScriptHeader meant = byName.get(value);
    int dot = value.lastIndexOf('.');
    if (meant == null && dot > 0 && SCRIPT_SUFFIXES.contains(value.substring(dot + 1))) {
      meant = byName.get(value.substring(0, dot));
    }
    return meant;
  }

  private static Map<String, ScriptHeader> namesOf(List<ScriptHeader> headers) {
    Map<String, ScriptHeader> names = new HashMap<>();
    for (ScriptHeader header : headers) {
      String name = header.path().getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      names.putIfAbsent(name, header);
      names.putIfAbsent(stem, header);
      if (stem.startsWith(header.id() + "_")) {
        names.putIfAbsent(stem.substring(header.id().length() + 1), header);
      }
    }
    return names;
  }
}
