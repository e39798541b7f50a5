package dev.retort.plan;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Pure head bookkeeping for one database: the applied set and, for each applied revision, how
 * many applied revisions name it as a parent or dependency. The version rows are the applied
 * revisions nobody applied names. Mutable while a plan is built; never shared.
 *
 * <p>A version table may also hold a row that another row already covers (an ancestor of another
 * row; Alembic's {@code stamp} can write such tables). That row is kept, as in the database,
 * until its revision is removed or an upgrade continues from it, so that every step's rows are
 * the table's real rows and an UPDATE never collides with a row that is already there.
 */
public final class HeadSet {
  private final RevisionGraph graph;
  private final Set<RevisionId> applied;
  private final Map<RevisionId, Integer> referrers = new HashMap<>();
  private final SortedSet<RevisionId> rows = new TreeSet<>();
  private final Set<RevisionId> covered = new HashSet<>();

  /** The state described by version rows: their ancestors-or-self through parents and dependencies. */
  public HeadSet(RevisionGraph graph, Collection<RevisionId> rows) {
    this.graph = graph;
    this.applied = new HashSet<>(new Traversal(graph).ancestorsOrSelf(rows, Traversal.Edges.PARENTS_AND_DEPENDENCIES));
    for (RevisionId id : applied) {
      for (RevisionId up : namedBy(id)) {
        referrers.merge(up, 1, Integer::sum);
      }
    }
    for (RevisionId id : applied) {
      if (referrers.getOrDefault(id, 0) == 0) {
        this.rows.add(id);
      }
    }
    for (RevisionId row : rows) {
      if (!this.rows.contains(row)) {
        covered.add(row);
      }
    }
  }

  public boolean isApplied(RevisionId id) {
    return applied.contains(id);
  }

  public Set<RevisionId> applied() {
    return Set.copyOf(applied);
  }

  /** The version rows: those this applied set implies, and covered rows still in the table. */
  public SortedSet<RevisionId> rows() {
    SortedSet<RevisionId> all = new TreeSet<>(rows);
    all.addAll(covered);
    return all;
  }

  /** Marks a revision applied; its parents and dependencies must be applied already. */
  public void upgrade(RevisionId id) {
    if (applied.contains(id)) {
      throw new IllegalStateException(id + " is already applied");
    }
    // an upgrade from a covered row moves that row, as Alembic's UPDATE does
    covered.removeAll(graph.get(id).parents());
    for (RevisionId up : namedBy(id)) {
      if (!applied.contains(up)) {
        throw new IllegalStateException(id + " needs " + up + " applied first");
      }
      if (referrers.merge(up, 1, Integer::sum) == 1) {
        rows.remove(up);
      }
    }
    applied.add(id);
    rows.add(id);
  }

  /** Marks a revision not applied; no applied revision may name it. */
  public void downgrade(RevisionId id) {
    if (!applied.contains(id) || referrers.getOrDefault(id, 0) != 0) {
      throw new IllegalStateException(id + " cannot be removed: it is not applied or is still needed");
    }
    applied.remove(id);
    rows.remove(id);
    covered.remove(id);
    for (RevisionId up : namedBy(id)) {
      if (referrers.merge(up, -1, Integer::sum) == 0) {
        rows.add(up);
        covered.remove(up);
      }
    }
  }

  private List<RevisionId> namedBy(RevisionId id) {
    List<RevisionId> up = new ArrayList<>(graph.get(id).parents());
    for (RevisionId dependency : graph.dependencies(id)) {
      if (!up.contains(dependency)) {
        up.add(dependency);
      }
    }
    return up;
  }
}
