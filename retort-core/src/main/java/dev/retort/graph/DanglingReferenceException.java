package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;
import java.util.Optional;

/**
 * A {@code Revises:} or {@code Depends-On:} value names no revision (or, for Depends-On, no
 * branch label). When the value is the file name or slug of a script, the message names that
 * script's real id; otherwise it lists the nearest ids.
 */
public final class DanglingReferenceException extends RetortException {
  private static final long serialVersionUID = 1L;

  /** Which header field holds the reference. */
  public enum Field {
    REVISES("Revises", ErrorCode.S004),
    DEPENDS_ON("Depends-On", ErrorCode.S005);

    private final String header;
    private final ErrorCode code;

    Field(String header, ErrorCode code) {
      this.header = header;
      this.code = code;
    }

    public String header() {
      return header;
    }
  }

  public DanglingReferenceException(
      Revision from, Field field, String value, Optional<Revision> fileNameOf, List<String> near) {
    super(
        field.code,
        field == Field.REVISES ? from.origin().revisesLocation() : from.origin().dependsOnLocation(),
        HeaderSpelling.quoted(from.kind(), field.header, value) + " names no revision"
            + (field == Field.DEPENDS_ON ? " or branch label" : ""),
        details(value, fileNameOf, near),
        hint(from, field, value, fileNameOf, near));
  }

  private static List<String> details(String value, Optional<Revision> fileNameOf, List<String> near) {
    if (fileNameOf.isPresent()) {
      Revision target = fileNameOf.get();
      return List.of(
          "that is the file name of " + dev.retort.error.Paths.display(target.origin().path()) + "; its revision id is " + target.id());
    }
    if (!near.isEmpty()) {
      return List.of("did you mean: " + String.join(", ", near));
    }
    return List.of("no revision id resembles '" + value + "' (was the file deleted?)");
  }

  private static String hint(
      Revision from, Field field, String value, Optional<Revision> fileNameOf, List<String> near) {
    if (fileNameOf.isPresent()) {
      return replaced(from, field, value, fileNameOf.get().id().value());
    }
    if (near.size() == 1) {
      return replaced(from, field, value, near.get(0));
    }
    if (field == Field.REVISES && from.parents().size() > 1) {
      List<String> others = from.parents().stream().map(RevisionId::value).filter(v -> !v.equals(value)).toList();
      return "restore the deleted revision " + value + ", or take it out of the merge: "
          + HeaderSpelling.line(from.kind(), field.header, others);
    }
    String named = from.kind() == RevisionKind.PYTHON ? HeaderSpelling.field(from.kind(), field.header)
        : field.header + ":";
    return "point " + named + " at an existing revision id (" + HeaderSpelling.idHolder(from.kind()) + "),"
        + " or restore the missing script";
  }

  private static String replaced(Revision from, Field field, String value, String id) {
    List<String> current = field == Field.REVISES
        ? from.parents().stream().map(RevisionId::value).toList()
        : from.dependsOn();
    List<String> fixed = current.stream().map(v -> v.equals(value) ? id : v).toList();
    return HeaderSpelling.line(from.kind(), field.header, fixed);
  }
}
