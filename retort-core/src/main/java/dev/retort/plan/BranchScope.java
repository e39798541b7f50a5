package dev.retort.plan;

import dev.retort.graph.AmbiguousWalkException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import java.util.List;
import java.util.Set;

/**
 * Where a downgrade to a {@code <label>@-N} target starts removing, as in Alembic 1.20: among the
 * destination's children (or, for a walk down to base, the graph's bases), only those on the way
 * to the revision that declares the label. So at a branch point the label's branch goes and the
 * other branches stay. A single child (or base) is always taken, whatever lies above it.
 */
final class BranchScope {
  private final RevisionGraph graph;
  private final String label;
  private final String target;
  private final Set<RevisionId> towardsLabel;

  /**
   * @param label the label of the target ({@code Resolved.downgradeScope()})
   * @param target the target text, for messages
   */
  BranchScope(RevisionGraph graph, String label, String target) {
    this.graph = graph;
    this.label = label;
    this.target = target;
    RevisionId owner = graph.labelOwner(label).orElseThrow();
    this.towardsLabel = new Traversal(graph).ancestorsOrSelf(List.of(owner), Traversal.Edges.PARENTS);
  }

  /** The children of {@code destination} a downgrade to it removes, with their descendants. */
  List<RevisionId> children(RevisionId destination) {
    return filter(
        graph.children(destination),
        "it ends at " + destination + ", a branch point inside branch '" + label
            + "', so the label does not say which of the branches above it to remove",
        destination.value());
  }

  /** The bases a downgrade to base removes, with their descendants. */
  List<RevisionId> bases() {
    return filter(
        graph.bases(), "it ends at base, and the label '" + label + "' does not say which of the bases to remove", "base");
  }

  /**
   * @param where why the label picks none of the roots, for the message
   * @param example an explicit target that removes every one of the roots' applied branches
   */
  private List<RevisionId> filter(List<RevisionId> roots, String where, String example) {
    if (roots.size() < 2) {
      return roots;
    }
    List<RevisionId> kept = roots.stream().filter(towardsLabel::contains).toList();
    if (kept.isEmpty()) {
      // Alembic: "Not a valid downgrade target from current heads". The label's revision is at or
      // below the destination, so the label does not say which of these branches to remove.
      throw new AmbiguousWalkException(target, where, roots, example);
    }
    return kept;
  }
}
