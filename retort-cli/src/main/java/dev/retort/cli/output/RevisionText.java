package dev.retort.cli.output;

import dev.retort.api.RevisionInfo;
import java.util.List;
import java.util.Set;

/** Formats revisions in Alembic's text shapes. */
public final class RevisionText {
  private final Set<String> current;

  public RevisionText() {
    this(Set.of());
  }

  /** Marks the given revisions {@code (current)}, as {@code history --indicate-current} does. */
  public RevisionText(Set<String> current) {
    this.current = Set.copyOf(current);
  }

  /** {@code <parents> -> <id> (labels) (head) (branchpoint), message}: one history line. */
  public String historyLine(RevisionInfo revision) {
    return parentsText(revision) + " -> " + revision.id() + labels(revision) + heads(revision)
        + tree(revision) + ", " + revision.message();
  }

  /** {@code <id> (labels) (head)}: one {@code heads} line. */
  public String headLine(RevisionInfo revision) {
    return revision.id() + labels(revision) + heads(revision);
  }

  /** A branch point and its children (in the order of {@link RevisionInfo#children()}), as {@code retort branches} prints it. */
  public String branchBlock(RevisionInfo point, List<RevisionInfo> children, boolean verbose) {
    StringBuilder out = new StringBuilder();
    // block() already ends in a blank line; Alembic puts the children right after it.
    out.append(verbose ? block(point) : point.id() + labels(point) + heads(point) + tree(point) + "\n");
    String indent = " ".repeat(point.id().length());
    for (RevisionInfo child : children) {
      // Alembic marks a child that is itself a branch or merge point.
      out.append(indent).append(" -> ").append(headLine(child)).append(tree(child));
      if (verbose) {
        out.append(", ").append(child.message());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The verbose block ({@code show}, {@code history --verbose}, {@code heads --verbose}), ending in a blank line. */
  public String block(RevisionInfo revision) {
    StringBuilder out = new StringBuilder("Rev: ").append(revision.id());
    if (revision.head()) {
      out.append(" (head)");
    }
    out.append(tree(revision)).append('\n');
    if (revision.mergePoint()) {
      out.append("Merges: ").append(String.join(", ", revision.parents())).append('\n');
    } else {
      out.append("Parent: ").append(revision.isBase() ? "<base>" : revision.parents().get(0)).append('\n');
    }
    if (!revision.dependsOn().isEmpty()) {
      out.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
    }
    if (revision.branchPoint()) {
      out.append("Branches into: ").append(String.join(", ", revision.children())).append('\n');
    }
    if (!revision.labels().isEmpty()) {
      out.append("Branch names: ").append(String.join(", ", revision.labels())).append('\n');
    }
    out.append("Path: ").append(ShownPath.of(revision)).append("\n\n");
    out.append("    ").append(revision.message()).append("\n    \n");
    out.append("    Revision ID: ").append(revision.id()).append('\n');
    out.append("    Revises: ").append(String.join(", ", revision.parents())).append('\n');
    out.append("    Create Date: ").append(revision.createDate()).append("\n\n");
    return out.toString();
  }

  private static String parentsText(RevisionInfo revision) {
    String parents = revision.isBase() ? "<base>" : String.join(", ", revision.parents());
    if (!revision.dependsOn().isEmpty()) {
      parents += " (" + String.join(", ", revision.dependsOn()) + ")";
    }
    return parents;
  }

  private static String labels(RevisionInfo revision) {
    return revision.labels().isEmpty() ? "" : " (" + String.join(", ", revision.labels()) + ")";
  }

  private String heads(RevisionInfo revision) {
    String marker = "";
    if (revision.head()) {
      marker = revision.effectiveHead() ? " (effective head)" : " (head)";
    }
    return current.contains(revision.id()) ? marker + " (current)" : marker;
  }

  private static String tree(RevisionInfo revision) {
    return (revision.branchPoint() ? " (branchpoint)" : "") + (revision.mergePoint() ? " (mergepoint)" : "");
  }
}
