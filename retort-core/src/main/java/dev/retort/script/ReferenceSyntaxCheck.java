package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.NearMatches;
import dev.retort.graph.FileNameIndex;
import dev.retort.graph.HeaderSpelling;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import java.util.List;

/**
 * Finds {@code Revises:} / {@code Depends-On:} values that cannot be ids at all (a file name
 * with {@code -}, say) and explains them with the script they probably mean. Values that are
 * well-formed ids are checked later against the graph.
 */
final class ReferenceSyntaxCheck {
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
    FileNameIndex<ScriptHeader> byName = null;
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
      ScriptHeader from, String field, ErrorCode code, int line, String value, FileNameIndex<ScriptHeader> byName) {
    ScriptHeader meant = byName.lookup(value).orElse(null);
    Location where = new Location(from.path(), line);
    if (meant != null) {
      return new HeaderException(
          code,
          where,
          HeaderSpelling.quoted(from.kind(), field, value) + " names no revision; that is the file name of "
              + dev.retort.error.Paths.display(meant.path()) + "; its revision id is " + meant.id(),
          HeaderSpelling.line(from.kind(), field, replaced(
              field.equals("Revises") ? from.revises() : from.dependsOn(), value, meant.id())));
    }
    List<String> near = NearMatches.among(value, headers.stream().map(ScriptHeader::id)::iterator);
    return new HeaderException(
        code,
        where,
        HeaderSpelling.quoted(from.kind(), field, value) + " is not a revision id (" + RevisionId.problemWith(value) + ")",
        near.isEmpty()
            ? "point " + HeaderSpelling.field(from.kind(), field) + (from.kind() == RevisionKind.PYTHON ? "" : ":")
                + " at a revision id (" + HeaderSpelling.idHolder(from.kind()) + ")"
            : "did you mean: " + String.join(", ", near));
  }

  private static List<String> replaced(List<String> values, String value, String id) {
    return values.stream().map(v -> v.equals(value) ? id : v).toList();
  }

  private static FileNameIndex<ScriptHeader> namesOf(List<ScriptHeader> headers) {
    return new FileNameIndex<>(headers, ScriptHeader::path, ScriptHeader::id);
  }
}
