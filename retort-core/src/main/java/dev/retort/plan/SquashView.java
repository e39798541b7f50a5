package dev.retort.plan;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Squash;
import dev.retort.graph.Traversal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How one database sees a graph with squashes, chosen from its version rows, as Django chooses
 * between a squashed migration and the ones it replaces. For each squash S of the range
 * {@code FROM..TO}:
 *
 * <ul>
 *   <li>nothing of the range applied (and S not applied): S stands in for the range;
 *   <li>S applied, or TO applied (a row is TO or a descendant of it): S stands in for the range,
 *       and a row naming a replaced revision (TO) is read as S;
 *   <li>part of the range applied (a row inside it, before TO): the old chain, S left out, so the
 *       database finishes through the old revisions (and is then at TO, the case above).
 * </ul>
 *
 * <p>A database whose rows are read as S keeps its real rows until a step changes them: {@link
 * #physical} turns the plan made on S back into rows the version table really holds.
 *
 * @param graph the view to plan on
 * @param rows the version rows as the view reads them
 * @param aliases for each squash read from rows of replaced revisions, those rows
 * @param expanded the squashes this database is part-way through (read as their old chains)
 * @param appliedSquashes the squashes this database has applied, as S or as the old chain
 */
public record SquashView(
    RevisionGraph graph,
    SortedSet<RevisionId> rows,
    Map<RevisionId, SortedSet<RevisionId>> aliases,
    Set<RevisionId> expanded,
    Set<RevisionId> appliedSquashes) {

  public SquashView {
    rows = Rows.freeze(rows);
    aliases = Map.copyOf(aliases);
    expanded = Set.copyOf(expanded);
    appliedSquashes = Set.copyOf(appliedSquashes);
  }

  /** The view for a database with these version rows; {@code graph} may be any view of the scripts. */
  public static SquashView of(RevisionGraph graph, Collection<RevisionId> rows) {
    if (graph.squashes().isEmpty()) {
      return new SquashView(graph, new TreeSet<>(rows), Map.of(), Set.of(), Set.of());
    }
    RevisionGraph collapsed = graph.view(Set.of());
    List<RevisionId> known = rows.stream().filter(collapsed::contains).toList();
    Set<RevisionId> appliedInCollapsed =
        new Traversal(collapsed).ancestorsOrSelf(known, Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    SortedSet<RevisionId> logical = new TreeSet<>(rows);
    Map<RevisionId, SortedSet<RevisionId>> aliases = new HashMap<>();
    Set<RevisionId> expanded = new HashSet<>();
    Set<RevisionId> applied = new HashSet<>();
    for (Squash squash : collapsed.squashes().all()) {
      SortedSet<RevisionId> inRows = new TreeSet<>(rows);
      inRows.retainAll(squash.chain());
      boolean squashApplied = appliedInCollapsed.contains(squash.id());
      if (inRows.isEmpty()) {
        if (squashApplied) {
          applied.add(squash.id());
        }
      } else if (squashApplied || inRows.contains(squash.to())) {
        applied.add(squash.id());
        logical.removeAll(inRows);
        logical.add(squash.id());
        SortedSet<RevisionId> real = new TreeSet<>(inRows);
        if (rows.contains(squash.id())) {
          real.add(squash.id());
        }
        aliases.put(squash.id(), real);
      } else {
        expanded.add(squash.id());
      }
    }
    return new SquashView(collapsed.view(expanded), logical, aliases, expanded, applied);
  }

  /** The squashes that stand in for ranges this database has not started (targets inside them may expand them). */
  public Set<RevisionId> untouched() {
    Set<RevisionId> untouched = new HashSet<>();
    for (Squash squash : graph.squashes().all()) {
      if (!expanded.contains(squash.id()) && !appliedSquashes.contains(squash.id())) {
        untouched.add(squash.id());
      }
    }
    return untouched;
  }

  /** The same plan with the version rows the table really holds (replaced revisions' rows where read as a squash). */
  public Plan physical(Plan plan) {
    if (aliases.isEmpty()) {
      return plan;
    }
    Map<RevisionId, SortedSet<RevisionId>> active = new HashMap<>(aliases);
    SortedSet<RevisionId> before = substitute(plan.rowsBefore(), active);
    List<Step> steps = new java.util.ArrayList<>();
    SortedSet<RevisionId> after = before;
    for (Step step : plan.steps()) {
      SortedSet<RevisionId> stepBefore = substitute(step.rowsBefore(), active);
      after = substitute(step.rowsAfter(), active);
      active.keySet().removeIf(squash -> !step.rowsAfter().contains(squash));
      steps.add(rebuilt(step, stepBefore, after));
    }
    return new Plan(plan.command(), plan.target(), steps, before, after);
  }

  private static Step rebuilt(Step step, SortedSet<RevisionId> before, SortedSet<RevisionId> after) {
    if (step instanceof Step.Upgrade up) {
      return new Step.Upgrade(up.revision(), before, after);
    }
    if (step instanceof Step.Downgrade down) {
      return new Step.Downgrade(down.revision(), before, after);
    }
    return new Step.Stamp(before, after);
  }

  private static SortedSet<RevisionId> substitute(Set<RevisionId> rows, Map<RevisionId, SortedSet<RevisionId>> active) {
    SortedSet<RevisionId> out = new TreeSet<>();
    for (RevisionId row : rows) {
      SortedSet<RevisionId> real = active.get(row);
      if (real == null) {
        out.add(row);
      } else {
        out.addAll(real);
      }
    }
    return out;
  }
}
