package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionKind;
import java.nio.file.Path;
import java.util.List;

/**
 * A file in a version location that is clearly meant as a revision (a SQL file with a {@code --
 * +upgrade} or {@code -- +downgrade} section, a Java class implementing {@code Migration}) but has
 * no revision header, so it would never run. The fix is the header to add, with a new id and the
 * current heads of the other files as its parents.
 */
public final class HeaderlessScriptException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final RevisionKind kind;
  private final int line;
  private final String what;
  private final String newId;

  HeaderlessScriptException(Path file, RevisionKind kind, int line, String what, String newId, List<String> heads) {
    super(ErrorCode.S002, new Location(file, line), what + " but no revision header, so it would never run",
        header(kind, newId, heads),
        (kind == RevisionKind.JAVA ? "annotate the class with the line above" : "add the lines above at the top of the file")
            + ", with your message (or move the file out of the version locations)");
    this.file = file;
    this.kind = kind;
    this.line = line;
    this.what = what;
    this.newId = newId;
  }

  /** The same problem with the heads of the other files named as the suggested parents. */
  HeaderlessScriptException withHeads(List<String> heads) {
    return new HeaderlessScriptException(file, kind, line, what, newId, heads);
  }

  /** The header to add; {@code heads} null when unknown, empty when the file would be a base. */
  private static List<String> header(RevisionKind kind, String newId, List<String> heads) {
    if (kind == RevisionKind.JAVA) {
      String revises = heads == null ? ", revises = \"<parent id>\""
          : heads.isEmpty() ? ""
          : heads.size() == 1 ? ", revises = \"" + heads.get(0) + "\""
          : ", revises = {\"" + String.join("\", \"", heads) + "\"}";
      return List.of("@Revision(id = \"" + newId + "\"" + revises + ", message = \"...\")");
    }
    String revises = heads == null ? "<parent id>" : String.join(", ", heads);
    return List.of("-- Revision: " + newId, ("-- Revises: " + revises).strip(), "-- Message: ...");
  }
}
