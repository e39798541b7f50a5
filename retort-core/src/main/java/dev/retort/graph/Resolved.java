package dev.retort.graph;

import java.util.List;

/**
 * What a target means in a graph.
 *
 * @param ids the revisions named, sorted; for a base target: the roots of the branch named, or
 *     empty for plain {@code base}
 * @param base true when the target is a base ({@code base}, {@code <label>@base}, or a walk down
 *     past a base): nothing of that scope applied
 * @param branch the label of a {@code <label>@base} target, or null
 * @param downgradeScope the label of a {@code <label>@-N} target, or null. As in Alembic, a
 *     downgrade to such a target stays on the label's branch: where the target (or, for a walk
 *     down to base, the graph) has several children (bases), it removes only those on the way to
 *     the revision that declares the label, and what descends from them.
 */
public record Resolved(List<RevisionId> ids, boolean base, String branch, String downgradeScope) {
  public Resolved {
    ids = ids.stream().sorted().distinct().toList();
  }

  /** A target with no downgrade scope. */
  public Resolved(List<RevisionId> ids, boolean base, String branch) {
    this(ids, base, branch, null);
  }

  static Resolved of(List<RevisionId> ids) {
    return new Resolved(ids, false, null);
  }

  static Resolved baseOf(List<RevisionId> roots, String branch) {
    return new Resolved(roots, true, branch);
  }

  /** The same target, with a downgrade to it kept on the branch of {@code label}. */
  Resolved scopedTo(String label) {
    return new Resolved(ids, base, branch, label);
  }

  /** The single revision named; an {@link IllegalStateException} when it names several or a base. */
  public RevisionId single() {
    if (base || ids.size() != 1) {
      throw new IllegalStateException("not a single revision: " + this);
    }
    return ids.get(0);
  }
}
