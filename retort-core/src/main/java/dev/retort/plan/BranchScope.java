package dev.retort.plan;

import dev.retort.graph.AmbiguousWalkException;
import dev.retort.graph.DowngradeScope;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Target;
import dev.retort.graph.TargetParser;
import dev.retort.graph.Traversal;
import java.util.List;
import java.util.Set;

/**
 * Where a downgrade to a target written with a branch ({@code <label>@<id>}, {@code
 * <label>@head-N}, {@code <label>@-N}, ...) starts removing, as in Alembic 1.20: among the
 * destination's children (or, for a downgrade to base, the graph's bases), only those on the way
 * to the scope's revision (the one that declares the label). So at a branch point the label's
 * branch goes and the other branches stay. A single child (or base) is always taken, whatever
 * lies above it.
 */
final class BranchScope {
  private final RevisionGraph graph;
  private final DowngradeScope scope;
  private final String target;
  private final Set<RevisionId> towardsScope;

  /**
   * @param scope the target's {@code Resolved.downgradeScope()}
   * @param target the target text, for messages
   */
  BranchScope(RevisionGraph graph, DowngradeScope scope, String target) {
    this.graph = graph;
    this.scope = scope;
    this.target = target;
    this.towardsScope = new Traversal(graph).ancestorsOrSelf(List.of(scope.revision()), Traversal.Edges.PARENTS);
  }

  /** The children of {@code destination} a downgrade to it removes, with their descendants. */
  List<RevisionId> children(RevisionId destination) {
    String where = scope.label()
        ? "a branch point inside branch '" + scope.name() + "', so the label does not say"
        : "a branch point, and " + scope.revision() + " is not above it, so '" + scope.name() + "@' does not say";
    return filter(
        graph.children(destination),
        "it ends at " + destination + ", " + where + " which of the branches above it to remove",
        destination.value());
  }

  /** The bases a downgrade to base removes, with their descendants. */
  List<RevisionId> bases() {
    String what = scope.label() ? "the label '" + scope.name() + "'" : "'" + scope.name() + "@'";
    return filter(graph.bases(), "it ends at base, and " + what + " does not say which of the bases to remove", "base");
  }

  /** Describes the branch for messages: {@code branch 'feat'}, or {@code the branch of 3f2a...}. */
  String describe() {
    return scope.label() ? "branch '" + scope.name() + "'" : "the branch of " + scope.revision();
  }

  /**
   * @param where why the scope picks none of the roots, for the message
   * @param example an explicit target that removes every one of the roots' applied branches
   */
  private List<RevisionId> filter(List<RevisionId> roots, String where, String example) {
    if (roots.size() < 2) {
      return roots;
    }
    List<RevisionId> kept = roots.stream().filter(towardsScope::contains).toList();
    if (kept.isEmpty()) {
      // Alembic: "Not a valid downgrade target from current heads". The scope's revision is at or
      // below the destination, so it does not say which of these branches to remove.
      boolean relative = TargetParser.parse(target) instanceof Target.Relative;
      throw new AmbiguousWalkException(target, relative, where, roots, example);
    }
    return kept;
  }
}
