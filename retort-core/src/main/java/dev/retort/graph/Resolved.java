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
 * @param downgradeScope for a target written with a branch ({@code <label>@<id>}, {@code
 *     <label>@<id>-N}, {@code <label>@head-N}, {@code <label>@-N}, {@code <id>@head-N}, {@code <id>@-N}), the branch
 *     a downgrade to it keeps to, as in Alembic ({@link DowngradeScope}); null otherwise. Upgrade
 *     and stamp ignore it.
 */
public record Resolved(List<RevisionId> ids, boolean base, String branch, DowngradeScope downgradeScope) {
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

  /** The same target, with a downgrade to it kept on {@code scope}. */
  Resolved scopedTo(DowngradeScope scope) {
    return new Resolved(ids, base, branch, scope);
  }

  /** The single revision named; an {@link IllegalStateException} when it names several or a base. */
  public RevisionId single() {
    if (base || ids.size() != 1) {
      throw new IllegalStateException("not a single revision: " + this);
    }
    return ids.get(0);
  }
}
