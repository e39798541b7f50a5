package dev.retort.plan;

import dev.retort.graph.MultipleHeadsException;
import dev.retort.graph.RelativeRangeException;
import dev.retort.graph.Resolved;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Target;
import dev.retort.graph.TargetParser;
import dev.retort.graph.TargetResolver;
import dev.retort.graph.Traversal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns a command, a target and the database's version rows into a {@link Plan}. Pure: graph
 * and rows in, steps out.
 *
 * <p>Upgrade to T applies every ancestor-or-self of T (through parents and dependencies) not yet
 * applied, parents first. Downgrade to T removes T's applied strict descendants through parents,
 * then every applied revision that descends from or depends on one of those, children first. A
 * downgrade to a target written with a branch ({@code <label>@<id>}, {@code <label>@head-N},
 * {@code <label>@-N}, ...) starts only from the children (or bases) on that branch ({@link
 * BranchScope}).
 */
public final class Planner {
  private final RevisionGraph graph;
  private final Traversal traversal;

  public Planner(RevisionGraph graph) {
    this.graph = graph;
    this.traversal = new Traversal(graph);
  }

  public Plan upgrade(Collection<RevisionId> rows, String target) {
    checkKnown(rows);
    if (TargetParser.parse(target) instanceof Target.Relative rel && rel.anchor() == null && rel.steps() <= 0) {
      // -N, <label>@-N, +0 and <label>@+0 count from the current revisions but not up: as Alembic, refuse
      // rather than do nothing
      throw rel.steps() == 0
          ? RelativeRangeException.zeroSteps("upgrade", rel.text())
          : RelativeRangeException.downOnUpgrade(rel.text(), -rel.steps());
    }
    Resolved resolved = new TargetResolver(graph, rows).resolve(target);
    HeadSet heads = new HeadSet(graph, rows);
    Set<RevisionId> wanted = resolved.base()
        ? Set.of()
        : traversal.ancestorsOrSelf(resolved.ids(), Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    List<Step> steps = new ArrayList<>();
    for (RevisionId id : traversal.inOrder(wanted)) {
      if (!heads.isApplied(id)) {
        SortedSet<RevisionId> before = heads.rows();
        heads.upgrade(id);
        steps.add(new Step.Upgrade(id, before, heads.rows()));
      }
    }
    return new Plan("upgrade", target, steps, new TreeSet<>(rows), heads.rows());
  }

  public Plan downgrade(Collection<RevisionId> rows, String target) {
    checkKnown(rows);
    Target parsed = TargetParser.parse(target);
    if (parsed instanceof Target.Relative rel && rel.anchor() == null && rel.steps() >= 0) {
      // +N, <label>@+N, -0 and <label>@-0 count from the current revisions but not down: as Alembic, refuse
      throw rel.steps() == 0
          ? RelativeRangeException.zeroSteps("downgrade", rel.text())
          : RelativeRangeException.upOnDowngrade(rel.text(), rel.steps());
    }
    TargetResolver resolver = new TargetResolver(graph, rows);
    Resolved resolved;
    if (parsed instanceof Target.Heads && !graph.effectiveHeads().isEmpty()) {
      // as in Alembic, whose downgrade looks 'heads' up as one revision: the head no revision depends on,
      // else "Multiple head revisions are present"
      List<RevisionId> effective = graph.effectiveHeads();
      if (effective.size() > 1) {
        throw MultipleHeadsException.downgradeToHeads(parsed.text(), effective.stream().map(graph::get).toList());
      }
      resolved = resolver.resolve(new Target.Ref(parsed.text(), effective.get(0).value()));
    } else {
      resolved = resolver.resolve(parsed);
    }
    HeadSet heads = new HeadSet(graph, rows);
    Set<RevisionId> removed = removedBy(resolved, target, rows, heads);
    List<RevisionId> order = new ArrayList<>(traversal.inOrder(removed));
    Collections.reverse(order);
    List<Step> steps = new ArrayList<>();
    for (RevisionId id : order) {
      SortedSet<RevisionId> before = heads.rows();
      heads.downgrade(id);
      steps.add(new Step.Downgrade(id, before, heads.rows()));
    }
    return new Plan("downgrade", target, steps, new TreeSet<>(rows), heads.rows());
  }

  /** Stamps as Alembic does; {@code purge} first empties the version table. */
  public Plan stamp(Collection<RevisionId> rows, String target, boolean purge) {
    Collection<RevisionId> start = purge ? List.of() : rows;
    if (!purge) {
      checkKnown(rows);
    }
    Resolved resolved = new TargetResolver(graph, start).resolve(target);
    SortedSet<RevisionId> after = new Stamper(traversal).stamp(start, resolved);
    List<Step> steps = new ArrayList<>();
    if (!after.equals(new TreeSet<>(rows))) {
      steps.add(new Step.Stamp(new TreeSet<>(rows), after));
    }
    return new Plan("stamp", target, steps, new TreeSet<>(rows), after);
  }

  private Set<RevisionId> removedBy(Resolved resolved, String target, Collection<RevisionId> rows, HeadSet heads) {
    Set<RevisionId> applied = heads.applied();
    BranchScope scope =
        resolved.downgradeScope() == null ? null : new BranchScope(graph, resolved.downgradeScope(), target);
    Set<RevisionId> seeds = new HashSet<>();
    if (resolved.base()) {
      if (resolved.ids().isEmpty() && scope == null) {
        return applied;
      }
      seeds.addAll(resolved.ids().isEmpty() ? scope.bases() : resolved.ids());
    } else {
      Set<RevisionId> viaParents = traversal.ancestorsOrSelf(rows, Traversal.Edges.PARENTS);
      for (RevisionId id : resolved.ids()) {
        if (!applied.contains(id)) {
          throw PlanException.notApplied(target, id, new TreeSet<>(rows));
        }
        boolean removesSomething = graph.children(id).stream().anyMatch(applied::contains);
        if (!viaParents.contains(id) && !removesSomething) {
          // as in Alembic: a target applied only as a dependency is refused when there is nothing above it to remove
          List<RevisionId> users = rows.stream()
              .filter(row -> traversal.ancestorsOrSelf(List.of(row), Traversal.Edges.PARENTS_AND_DEPENDENCIES).contains(id))
              .sorted().toList();
          throw PlanException.dependencyOnly(target, id, users);
        }
        seeds.addAll(scope == null ? graph.children(id) : scope.children(id));
      }
    }
    seeds.retainAll(applied);
    if (scope != null && !resolved.base() && seeds.isEmpty() && !rows.containsAll(resolved.ids())) {
      // as in Alembic ("not a valid downgrade target"): nothing of the branch is applied above the target
      RevisionId id = resolved.ids().get(0);
      List<RevisionId> above = graph.children(id).stream().filter(applied::contains).toList();
      throw PlanException.nothingOnBranch(target, id, scope.describe(), above, new TreeSet<>(rows));
    }
    Set<RevisionId> removed = traversal.descendantsOrSelf(seeds, Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    removed.retainAll(applied);
    return removed;
  }

  private void checkKnown(Collection<RevisionId> rows) {
    List<RevisionId> missing = rows.stream().filter(id -> !graph.contains(id)).sorted().toList();
    if (!missing.isEmpty()) {
      throw PlanException.missingScripts(missing);
    }
  }
}
