package dev.retort.plan;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Squash;
import dev.retort.graph.UnknownRevisionException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Plans {@code upgrade}, {@code downgrade} and {@code stamp} on the view of the graph a database's
 * version rows choose ({@link SquashView}), and gives the plan back in the rows the version table
 * really holds. On a graph without squashes this is {@link Planner} itself. A target that names a
 * revision replaced by a squash the database has not started reads that squash as its old chain
 * (so {@code upgrade <replaced id>} on a fresh database runs the old revisions up to it).
 */
public final class SquashPlanner {
  private final RevisionGraph graph;

  public SquashPlanner(RevisionGraph graph) {
    this.graph = graph;
  }

  public Plan upgrade(Collection<RevisionId> rows, String target) {
    return plan(rows, target, (planner, view) -> planner.upgrade(view.rows(), target), true);
  }

  public Plan downgrade(Collection<RevisionId> rows, String target) {
    return plan(rows, target, (planner, view) -> planner.downgrade(view.rows(), target), true);
  }

  /**
   * A stamp sets the rows it plans, so on a database whose rows are read as a squash it writes the
   * squash's id: {@code stamp <squash>} on a database at the range's end rewrites that row.
   */
  public Plan stamp(Collection<RevisionId> rows, String target, boolean purge) {
    if (graph.squashes().isEmpty()) {
      return new Planner(graph).stamp(rows, target, purge);
    }
    Plan logical = plan(rows, target, (planner, view) -> planner.stamp(view.rows(), target, purge), false);
    java.util.SortedSet<RevisionId> before = new java.util.TreeSet<>(rows);
    java.util.List<Step> steps = logical.rowsAfter().equals(before)
        ? java.util.List.of()
        : java.util.List.of(new Step.Stamp(before, logical.rowsAfter()));
    return new Plan("stamp", target, steps, before, logical.rowsAfter());
  }

  /** @param physical whether to give the plan in the rows the table holds (not for a stamp, which sets rows) */
  private Plan plan(Collection<RevisionId> rows, String target, BiFunction<Planner, SquashView, Plan> how,
      boolean physical) {
    if (graph.squashes().isEmpty()) {
      return how.apply(new Planner(graph), SquashView.of(graph, rows));
    }
    SquashView view = SquashView.of(graph, rows);
    try {
      Plan plan = how.apply(new Planner(view.graph()), view);
      return physical ? view.physical(plan) : plan;
    } catch (UnknownRevisionException unknown) {
      Set<RevisionId> untouched = view.untouched();
      if (!untouched.isEmpty()) {
        Set<RevisionId> expanded = new HashSet<>(view.expanded());
        expanded.addAll(untouched);
        SquashView wider = new SquashView(graph.view(expanded), view.rows(), view.aliases(), expanded,
            view.appliedSquashes());
        try {
          Plan plan = how.apply(new Planner(wider.graph()), wider);
          return physical ? wider.physical(plan) : plan;
        } catch (UnknownRevisionException stillUnknown) {
          // the target names nothing in the old chains either: report it as first found
        }
      }
      java.util.Optional<SquashedTargetException> explained = explained(view, rows, target);
      if (explained.isPresent()) {
        throw explained.get();
      }
      throw unknown;
    }
  }

  /** The squash-specific reason a target is unknown in this database's view, if there is one. */
  private java.util.Optional<SquashedTargetException> explained(SquashView view, Collection<RevisionId> rows, String target) {
    Object shown = new java.util.TreeSet<>(rows);
    for (Squash squash : graph.squashes().all()) {
      if (view.appliedSquashes().contains(squash.id()) && squash.chain().stream().anyMatch(id -> mentions(target, id))) {
        return java.util.Optional.of(SquashedTargetException.insideApplied(target, squash, graph, shown));
      }
      if (view.expanded().contains(squash.id()) && mentions(target, squash.id())) {
        return java.util.Optional.of(SquashedTargetException.partWay(target, squash, shown));
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether a word of the target text (split at the target syntax's {@code @ : + -}) names or starts the id. */
  private static boolean mentions(String target, RevisionId id) {
    for (String word : target.split("[@:+\\-]")) {
      String w = word.strip();
      if (w.equals(id.value()) || (w.length() >= 4 && id.value().startsWith(w))) {
        return true;
      }
    }
    return false;
  }
}
