package dev.retort.cli.output;

import dev.retort.error.Paths;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Formats revisions in Alembic's text shapes. */
public final class RevisionText {
  private final RevisionGraph graph;
  private final java.util.Set<RevisionId> current;

  public RevisionText(RevisionGraph graph) {
    this(graph, java.util.Set.of());
  }

  /** Marks the given revisions {@code (current)}, as {@code history --indicate-current} does. */
  public RevisionText(RevisionGraph graph, java.util.Set<RevisionId> current) {
    this.graph = graph;
    this.current = java.util.Set.copyOf(current);
  }

  /** {@code <parents> -> <id> (labels) (head) (branchpoint), message}: one history line. */
  public String historyLine(Revision revision) {
    return parentsText(revision) + " -> " + revision.id() + labels(revision) + heads(revision)
        + tree(revision) + ", " + revision.message();
  }

  /** {@code <id> (labels) (head)}: one {@code heads} line. */
  public String headLine(Revision revision) {
    return revision.id() + labels(revision) + heads(revision);
  }

  /** A branch point and its children, as {@code retort branches} prints it. */
  public String branchBlock(Revision point, boolean verbose) {
    StringBuilder out = new StringBuilder();
    // block() already ends in a blank line; Alembic puts the children right after it.
    out.append(verbose ? block(point) : point.id() + labels(point) + heads(point) + tree(point) + "\n");
    String indent = " ".repeat(point.id().value().length());
    for (RevisionId childId : graph.children(point.id())) {
      Revision child = graph.get(childId);
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
  public String block(Revision revision) {
    RevisionId id = revision.id();
    StringBuilder out = new StringBuilder("Rev: ").append(id);
    if (graph.isHead(id)) {
      out.append(" (head)");
    }
    out.append(tree(revision)).append('\n');
    if (revision.isMerge()) {
      out.append("Merges: ").append(join(revision.parents())).append('\n');
    } else {
      out.append("Parent: ").append(revision.isBase() ? "<base>" : revision.parents().get(0)).append('\n');
    }
    if (!revision.dependsOn().isEmpty()) {
      out.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
    }
    if (graph.isBranchPoint(id)) {
      out.append("Branches into: ").append(join(graph.children(id))).append('\n');
    }
    if (!graph.labelsOf(id).isEmpty()) {
      out.append("Branch names: ").append(String.join(", ", graph.labelsOf(id))).append('\n');
    }
    out.append("Path: ").append(Paths.display(revision.origin().path())).append("\n\n");
    out.append("    ").append(revision.message()).append("\n    \n");
    out.append("    Revision ID: ").append(id).append('\n');
    out.append("    Revises: ").append(join(revision.parents())).append('\n');
    out.append("    Create Date: ").append(revision.createDate()).append("\n\n");
    return out.toString();
  }

  private String parentsText(Revision revision) {
    String parents = revision.isBase() ? "<base>" : join(revision.parents());
    if (!revision.dependsOn().isEmpty()) {
      parents += " (" + String.join(", ", revision.dependsOn()) + ")";
    }
    return parents;
  }

  private String labels(Revision revision) {
    var labels = graph.labelsOf(revision.id());
    return labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")";
  }

  private String heads(Revision revision) {
    RevisionId id = revision.id();
    String marker = "";
    if (graph.isHead(id)) {
      marker = graph.dependents(id).isEmpty() ? " (head)" : " (effective head)";
    }
    return current.contains(id) ? marker + " (current)" : marker;
  }

  private String tree(Revision revision) {
    return (graph.isBranchPoint(revision.id()) ? " (branchpoint)" : "")
        + (revision.isMerge() ? " (mergepoint)" : "");
  }

  private static String join(Collection<RevisionId> ids) {
    return ids.stream().map(RevisionId::value).collect(Collectors.joining(", "));
  }

  /** For callers that have ids only. */
  public static String joinIds(List<RevisionId> ids) {
    return join(ids);
  }
}
