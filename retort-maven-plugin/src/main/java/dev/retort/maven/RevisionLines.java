package dev.retort.maven;

import dev.retort.api.RevisionInfo;
import dev.retort.api.RevisionStatus;
import java.util.List;
import java.util.Locale;

/** Revisions and their states as one line each, in the command line's shapes. */
final class RevisionLines {
  private RevisionLines() {}

  /** {@code current}: {@code a1b2c3d4e5f6 (auth) (head), add users}. */
  static String current(RevisionInfo revision) {
    StringBuilder line = new StringBuilder(revision.id());
    revision.branchLabels().stream().sorted().forEach(label -> line.append(" (").append(label).append(')'));
    if (revision.effectiveHead()) {
      line.append(" (effective head)");
    } else if (revision.head()) {
      line.append(" (head)");
    }
    return line.append(", ").append(revision.message()).toString();
  }

  /** {@code status}: {@code applied  a1b2c3d4e5f6  add users}. */
  static String status(RevisionStatus status) {
    String state = status.state().name().toLowerCase(Locale.ROOT);
    String what = status.revision().map(RevisionInfo::message).orElse("(no script has it: was the file deleted?)");
    return String.format(Locale.ROOT, "%-8s %s  %s", state, status.id(), what);
  }

  /** The version table's rows as one phrase: {@code base} when empty. */
  static String rows(List<String> rows) {
    return rows.isEmpty() ? "base" : String.join(", ", rows);
  }
}
