package dev.retort.verify;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.HeadSet;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * Plans of exactly one step, for the stairway: the upgrade of a revision whose parents and
 * dependencies are applied, or the downgrade of a revision nothing applied needs.
 */
final class Steps {
  private Steps() {}

  /** Upgrades {@code revision} alone, from the rows the runner read. */
  static Function<SortedSet<RevisionId>, Plan> upgrade(RevisionGraph graph, RevisionId revision) {
    return rows -> {
      HeadSet heads = new HeadSet(graph, rows);
      SortedSet<RevisionId> before = heads.rows();
      heads.upgrade(revision);
      return new Plan("upgrade", revision.value(), List.of(new Step.Upgrade(revision, before, heads.rows())), before,
          heads.rows());
    };
  }

  /** Downgrades {@code revision} alone, from the rows the runner read. */
  static Function<SortedSet<RevisionId>, Plan> downgrade(RevisionGraph graph, RevisionId revision) {
    return rows -> {
      HeadSet heads = new HeadSet(graph, rows);
      SortedSet<RevisionId> before = heads.rows();
      heads.downgrade(revision);
      return new Plan("downgrade", revision.value(), List.of(new Step.Downgrade(revision, before, heads.rows())),
          before, heads.rows());
    };
  }
}
