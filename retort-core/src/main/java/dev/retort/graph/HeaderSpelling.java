package dev.retort.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a revision's file spells a header field, so messages and fixes speak the file's language:
 * {@code Revises: a, b} in a SQL (and Java) revision, {@code down_revision = ("a", "b")} in an
 * Alembic one. Fields are named by their SQL header spelling ({@code Revision}, {@code Revises},
 * {@code Depends-On}, {@code Branch-Labels}).
 */
public final class HeaderSpelling {
  private HeaderSpelling() {}

  /** The field's name in a file of this kind: {@code Revises} or {@code down_revision}. */
  public static String field(RevisionKind kind, String header) {
    if (kind != RevisionKind.PYTHON) {
      return header;
    }
    return switch (header) {
      case "Revision" -> "revision";
      case "Revises" -> "down_revision";
      case "Depends-On" -> "depends_on";
      case "Branch-Labels" -> "branch_labels";
      default -> header;
    };
  }

  /** The field with one of its values, as a message quotes it: {@code 'Revises: v'} or {@code down_revision 'v'}. */
  public static String quoted(RevisionKind kind, String header, String value) {
    return kind == RevisionKind.PYTHON ? field(kind, header) + " '" + value + "'" : "'" + header + ": " + value + "'";
  }

  /**
   * The field with these values as the file writes it: {@code Revises: a, b}, or {@code down_revision
   * = ("a", "b")} ({@code None} for no value, a bare string for one; labels always a tuple).
   */
  public static String line(RevisionKind kind, String header, List<String> values) {
    if (kind != RevisionKind.PYTHON) {
      return header + ": " + String.join(", ", values);
    }
    String quoted = values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    String value;
    if (values.isEmpty()) {
      value = "None";
    } else if (values.size() == 1 && !header.equals("Branch-Labels")) {
      value = quoted;
    } else {
      value = "(" + quoted + (values.size() == 1 ? ",)" : ")");
    }
    return field(kind, header) + " = " + value;
  }

  /** Where a file of this kind keeps its id: {@code the 'Revision:' header line} or {@code revision = "..."}. */
  public static String idHolder(RevisionKind kind) {
    return kind == RevisionKind.PYTHON ? "each file's revision = \"...\" holds its id"
        : "each script's 'Revision:' header line holds its id";
  }
}
