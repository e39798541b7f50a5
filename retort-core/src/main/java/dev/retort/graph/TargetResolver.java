package dev.retort.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves {@link Target}s against a graph and, for relative targets, the database's current
 * revisions. Where a move would have to pick a branch it refuses and lists the candidates.
 */
public final class TargetResolver {
  private final RevisionGraph graph;
  private final Traversal traversal;
  private final Set<RevisionId> current;

  /**
   * @param graph the revision graph
   * @param current the database's current revisions (version table rows), or null when the caller
   *     does not read a database; relative targets then fail with {@link NeedsDatabaseException}
   */
  public TargetResolver(RevisionGraph graph, Collection<RevisionId> current) {
    this.graph = graph;
    this.traversal = new Traversal(graph);
    this.current = current == null ? null : Set.copyOf(current);
  }

  /** Parses and resolves target text. */
  public Resolved resolve(String text) {
    return resolve(TargetParser.parse(text));
  }

  public Resolved resolve(Target target) {
    Resolved resolved = meaning(target);
    String branch = scopingBranch(target);
    return branch == null ? resolved : resolved.scopedTo(downgradeScope(branch));
  }

  private Resolved meaning(Target target) {
    if (target instanceof Target.Head head) {
      if (graph.size() == 0) {
        return Resolved.baseOf(List.of(), null);
      }
      return Resolved.of(List.of(singleHead(head.text(), graph.heads())));
    } else if (target instanceof Target.Heads) {
      return Resolved.of(graph.heads());
    } else if (target instanceof Target.Base) {
      return Resolved.baseOf(List.of(), null);
    } else if (target instanceof Target.Current c) {
      return Resolved.of(List.copyOf(requireCurrent(c.text())));
    } else if (target instanceof Target.Ref ref) {
      return Resolved.of(List.of(new RefLookup(graph).find(ref.ref(), id -> true, null)));
    } else if (target instanceof Target.BranchHead bh) {
      return Resolved.of(List.of(singleHead(bh.text(), headsOfBranch(bh.branch()))));
    } else if (target instanceof Target.BranchBase bb) {
      return branchBase(bb.branch());
    } else if (target instanceof Target.BranchRef br) {
      // as in Alembic, <label>@<id> accepts any revision that shares lineage with the branch:
      // an ancestor or descendant of a revision the label covers. A revision may stand for the
      // branch as in <id>@head (Alembic's "not actually a branch"): <id>@<id> keeps to its lineage.
      Predicate<RevisionId> scope = graph.labelOwner(br.branch()).isPresent()
          ? sharedLineage(br.branch())
          : lineageOf(new RefLookup(graph).find(br.branch(), id -> true, null));
      return Resolved.of(List.of(new RefLookup(graph).find(br.ref(), scope, br.branch())));
    } else if (target instanceof Target.Relative rel) {
      return relative(rel);
    }
    throw new IllegalStateException("unhandled target " + target);
  }

  /**
   * The branch part of a target that keeps a downgrade on its branch, as in Alembic, whose
   * downgrade passes the part before {@code @} on as the branch: {@code <label>@<id>}, {@code
   * <label>@-N} (or {@code <id>@-N}), and {@code <branch>@<anchor>±N} ({@code feat@head-2}, {@code feat@bbbb1-1},
   * {@code 3f2a@head-1}). Null for other targets; {@code <label>@head} has nothing above it, and
   * {@code <label>@base} names its branch's roots already.
   */
  private static String scopingBranch(Target target) {
    if (target instanceof Target.BranchRef br) {
      return br.branch();
    }
    if (target instanceof Target.Relative rel) {
      if (rel.anchor() == null) {
        return rel.branch() != null && rel.steps() < 0 ? rel.branch() : null;
      }
      if (rel.anchor() instanceof Target.BranchRef br) {
        return br.branch();
      } else if (rel.anchor() instanceof Target.BranchHead bh) {
        return bh.branch();
      } else if (rel.anchor() instanceof Target.BranchBase bb) {
        return bb.branch();
      }
    }
    return null;
  }

  /** The branch of a label, or of a revision named before {@code @}. */
  private DowngradeScope downgradeScope(String branch) {
    var owner = graph.labelOwner(branch);
    if (owner.isPresent()) {
      return new DowngradeScope(branch, owner.get(), true);
    }
    return new DowngradeScope(branch, new RefLookup(graph).find(branch, id -> true, null), false);
  }

  private RevisionId singleHead(String text, List<RevisionId> heads) {
    if (heads.size() != 1) {
      throw new MultipleHeadsException(text, heads.stream().map(graph::get).toList());
    }
    return heads.get(0);
  }

  /** Heads of a label's branch, or the heads descending from a revision. */
  private List<RevisionId> headsOfBranch(String branch) {
    if (graph.labelOwner(branch).isPresent()) {
      return graph.heads().stream().filter(inBranch(branch)).toList();
    }
    RevisionId from = new RefLookup(graph).find(branch, id -> true, null);
    Set<RevisionId> below = traversal.descendantsOrSelf(List.of(from), Traversal.Edges.PARENTS);
    return graph.heads().stream().filter(below::contains).toList();
  }

  private Resolved branchBase(String branch) {
    if (graph.labelOwner(branch).isPresent()) {
      Predicate<RevisionId> covered = inBranch(branch);
      List<RevisionId> roots = graph.topologicalOrder().stream()
          .filter(covered)
          .filter(id -> graph.get(id).parents().stream().noneMatch(covered))
          .toList();
      return Resolved.baseOf(roots, branch);
    }
    RevisionId from = new RefLookup(graph).find(branch, id -> true, null);
    Set<RevisionId> above = traversal.ancestorsOrSelf(List.of(from), Traversal.Edges.PARENTS);
    return Resolved.baseOf(graph.bases().stream().filter(above::contains).toList(), null);
  }

  private Predicate<RevisionId> inBranch(String label) {
    return id -> graph.labelsOf(id).contains(label);
  }

  private Set<RevisionId> requireCurrent(String text) {
    if (current == null) {
      throw new NeedsDatabaseException(text);
    }
    return current;
  }

  private Resolved relative(Target.Relative rel) {
    if (rel.anchor() == null && rel.branch() != null && rel.steps() < 0) {
      return branchDown(rel);
    }
    Predicate<RevisionId> scope = rel.branch() == null ? id -> true : branchMembers(rel.branch());
    List<RevisionId> start;
    List<RevisionId> firstFromBase = null;
    if (rel.anchor() == null) {
      start = requireCurrent(rel.text()).stream().filter(scope).sorted().toList();
      if (rel.branch() != null && rel.steps() > 0) {
        // As in Alembic, <label>@+N walks the label's lineage, so it can start below the branch:
        // from the version rows on that lineage, else from the newest applied revisions on it.
        // <id>@+N is the same walk on the lineage of that revision.
        scope = branchLineage(rel.branch());
        List<RevisionId> rowsOnLine = current.stream().filter(scope).sorted().toList();
        start = rowsOnLine.isEmpty() ? appliedTips(scope) : rowsOnLine;
      } else if (rel.branch() != null && start.isEmpty()) {
        // <branch>@+0 with no version row on the branch (applied through a dependency): its newest applied revisions
        start = appliedTips(scope);
      }
    } else {
      Resolved anchor = resolve(rel.anchor());
      if (anchor.base()) {
        start = List.of();
        if (anchor.branch() != null) {
          scope = inBranch(anchor.branch());
        }
        if (!anchor.ids().isEmpty()) {
          // <label>@base or <id>@base: the first step up enters that branch at its roots
          firstFromBase = anchor.ids();
        }
      } else {
        start = anchor.ids();
      }
    }
    RelativeWalk walk = new RelativeWalk(graph, rel.text(), scope, firstFromBase);
    return rel.steps() >= 0 ? walk.up(start, rel.steps()) : walk.down(start, -rel.steps());
  }

  /**
   * {@code <label>@-N} (or {@code <id>@-N}, on that revision's lineage) as in Alembic: N steps
   * down from the version row on the lineage, or, with none there (the branch applied only
   * through a dependency), from the newest applied revision on it.
   */
  private Resolved branchDown(Target.Relative rel) {
    Predicate<RevisionId> onLine = branchLineage(rel.branch());
    List<RevisionId> start = requireCurrent(rel.text()).stream().filter(onLine).sorted().toList();
    if (start.isEmpty()) {
      start = appliedBranchHeads().stream().filter(onLine).toList();
    }
    return new RelativeWalk(graph, rel.text(), onLine, null).down(start, -rel.steps());
  }

  /**
   * The revisions a branch written before {@code @} covers: a label's revisions, or, for a
   * revision standing for its branch (Alembic's "not actually a branch"), its lineage.
   */
  private Predicate<RevisionId> branchMembers(String branch) {
    return graph.labelOwner(branch).isPresent() ? inBranch(branch) : branchLineage(branch);
  }

  /**
   * The lineage Alembic's {@code filter_for_lineage} keeps for a branch written before {@code @}:
   * the label's revision, or the revision named (id or unique prefix), with all its ancestors and
   * descendants.
   */
  private Predicate<RevisionId> branchLineage(String branch) {
    return graph.labelOwner(branch).isPresent()
        ? lineage(branch)
        : lineageOf(new RefLookup(graph).find(branch, id -> true, null));
  }

  /** Every ancestor and descendant of the revisions a label covers. */
  private Predicate<RevisionId> sharedLineage(String label) {
    List<RevisionId> covered = graph.topologicalOrder().stream().filter(inBranch(label)).toList();
    Set<RevisionId> related = new HashSet<>(traversal.ancestorsOrSelf(covered, Traversal.Edges.PARENTS));
    related.addAll(traversal.descendantsOrSelf(covered, Traversal.Edges.PARENTS));
    return related::contains;
  }

  /** The label's revision with all its ancestors and descendants (Alembic's shared lineage). */
  private Predicate<RevisionId> lineage(String label) {
    return lineageOf(graph.labelOwner(label).orElseThrow());
  }

  /** A revision with all its ancestors and descendants through parents. */
  private Predicate<RevisionId> lineageOf(RevisionId revision) {
    List<RevisionId> owner = List.of(revision);
    Set<RevisionId> related = new HashSet<>(traversal.ancestorsOrSelf(owner, Traversal.Edges.PARENTS));
    related.addAll(traversal.descendantsOrSelf(owner, Traversal.Edges.PARENTS));
    return related::contains;
  }

  /**
   * The applied revisions within scope that no applied revision within scope revises (empty: base).
   * Applied means what DESIGN.md and Alembic mean: ancestors of the rows through parents and
   * dependencies, so a branch applied only because another revision depends on it has a tip.
   */
  private List<RevisionId> appliedTips(Predicate<RevisionId> scope) {
    List<RevisionId> rows = current.stream().filter(graph::contains).toList();
    Set<RevisionId> applied = new HashSet<>(traversal.ancestorsOrSelf(rows, Traversal.Edges.PARENTS_AND_DEPENDENCIES));
    applied.removeIf(scope.negate());
    return applied.stream()
        .filter(id -> graph.children(id).stream().noneMatch(applied::contains))
        .sorted()
        .toList();
  }

  /**
   * The applied revisions that no applied revision revises (Alembic's branch heads of the current
   * state), sorted; applied as in {@link #appliedTips}.
   */
  private List<RevisionId> appliedBranchHeads() {
    List<RevisionId> rows = current.stream().filter(graph::contains).toList();
    Set<RevisionId> applied = traversal.ancestorsOrSelf(rows, Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    return applied.stream()
        .filter(id -> graph.children(id).stream().noneMatch(applied::contains))
        .sorted()
        .toList();
  }

  /** The ids a set of current revisions and a list resolve to; exposed for commands. */
  static List<RevisionId> sorted(Collection<RevisionId> ids) {
    List<RevisionId> list = new ArrayList<>(ids);
    list.sort(null);
    return list;
  }
}
