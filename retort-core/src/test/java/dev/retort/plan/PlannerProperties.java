package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Planner invariants on random graphs, checked from first principles (not with the planner's own
 * helpers): after every step the version rows are exactly the applied revisions that no applied
 * revision names as a parent or dependency; upgrades run parents and dependencies first;
 * downgrades run children first; upgrade-then-downgrade returns to where it started.
 */
class PlannerProperties {

  @Property(tries = 200)
  void upgradeHeadsFromBase_appliesEveryRevisionOnceInOrder(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size) {
    RevisionGraph graph = RandomGraphs.generate(seed, size);
    Plan plan = new Planner(graph).upgrade(List.of(), "heads");
    List<RevisionId> applied = new ArrayList<>();
    for (Step step : plan.steps()) {
      RevisionId id = ((Step.Upgrade) step).revision();
      for (RevisionId needed : needs(graph, id)) {
        assertThat(applied).as("%s needs %s first", id, needed).contains(needed);
      }
      applied.add(id);
      assertThat(step.rowsAfter()).isEqualTo(expectedRows(graph, new HashSet<>(applied)));
    }
    assertThat(new HashSet<>(applied)).hasSize(graph.size()).hasSameSizeAs(applied);
    assertThat(plan.rowsAfter()).isEqualTo(expectedRows(graph, new HashSet<>(graph.topologicalOrder())));
  }

  @Property(tries = 200)
  void randomCommandSequences_keepTheVersionTableInvariant(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int size) {
    RevisionGraph graph = RandomGraphs.generate(seed, size);
    Random random = new Random(seed ^ 0x5eed);
    Planner planner = new Planner(graph);
    SortedSet<RevisionId> rows = new TreeSet<>();
    List<RevisionId> all = graph.topologicalOrder();
    for (int i = 0; i < 12; i++) {
      RevisionId pick = all.get(random.nextInt(all.size()));
      boolean up = random.nextBoolean();
      Plan plan;
      try {
        plan = up ? planner.upgrade(rows, pick.value()) : planner.downgrade(rows, random.nextInt(4) == 0 ? "base" : pick.value());
      } catch (RetortException refused) {
        continue;
      }
      Set<RevisionId> applied = appliedSet(graph, rows);
      assertThat(plan.rowsBefore()).isEqualTo(rows);
      for (Step step : plan.steps()) {
        assertThat(step.rowsBefore()).isEqualTo(expectedRows(graph, applied));
        if (step instanceof Step.Upgrade u) {
          assertThat(applied).doesNotContain(u.revision()).containsAll(needs(graph, u.revision()));
          applied.add(u.revision());
        } else {
          RevisionId gone = ((Step.Downgrade) step).revision();
          assertThat(applied).contains(gone);
          applied.remove(gone);
          for (RevisionId other : applied) {
            assertThat(needs(graph, other)).as("%s still applied needs %s", other, gone).doesNotContain(gone);
          }
        }
        assertThat(step.rowsAfter()).isEqualTo(expectedRows(graph, applied));
      }
      if (up) {
        assertThat(applied).contains(pick);
      } else if (plan.target().equals("base")) {
        assertThat(applied).isEmpty();
      } else {
        assertThat(applied).contains(pick);
        assertThat(graph.children(pick)).noneMatch(applied::contains);
      }
      rows = plan.rowsAfter();
    }
  }

  @Property(tries = 150)
  void upgradeThenDowngradeToTheStart_returnsToTheSameRows(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int size) {
    RevisionGraph graph = RandomGraphs.generate(seed, size);
    Planner planner = new Planner(graph);
    Plan up = planner.upgrade(List.of(), "heads");
    Plan down = planner.downgrade(up.rowsAfter(), "base");
    assertThat(down.rowsAfter()).isEmpty();
    assertThat(down.steps()).hasSize(graph.size());
    List<RevisionId> removed = down.steps().stream().map(s -> ((Step.Downgrade) s).revision()).toList();
    Set<RevisionId> gone = new HashSet<>();
    for (RevisionId id : removed) {
      for (RevisionId child : graph.children(id)) {
        assertThat(gone).as("child %s of %s removed first", child, id).contains(child);
      }
      for (RevisionId dependent : graph.dependents(id)) {
        assertThat(gone).as("dependent %s of %s removed first", dependent, id).contains(dependent);
      }
      gone.add(id);
    }
  }

  @Property(tries = 100)
  void upgradeToAnAppliedRevision_isANoOp(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size) {
    RevisionGraph graph = RandomGraphs.generate(seed, size);
    Planner planner = new Planner(graph);
    SortedSet<RevisionId> rows = planner.upgrade(List.of(), "heads").rowsAfter();
    for (RevisionId id : graph.topologicalOrder()) {
      assertThat(planner.upgrade(rows, id.value()).steps()).isEmpty();
    }
  }

  /**
   * A table that also holds rows other rows cover (Alembic's stamp can leave them): every plan
   * from it, replayed as the version store writes it (one-for-one is an UPDATE, else DELETEs then
   * INSERTs, on a table whose key is the id), never collides with a row already there, and
   * leaves the table as the plan says; downgrading to base empties it.
   */
  @Property(tries = 200)
  void aTableWithCoveredRows_isMovedWithoutCollisions(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int size) {
    RevisionGraph graph = RandomGraphs.generate(seed, size);
    Random random = new Random(seed ^ 0xc0de);
    Planner planner = new Planner(graph);
    List<RevisionId> all = graph.topologicalOrder();
    SortedSet<RevisionId> table = new TreeSet<>(planner.upgrade(List.of(), all.get(random.nextInt(all.size())).value()).rowsAfter());
    List<RevisionId> applied = new ArrayList<>(appliedSet(graph, table));
    for (int i = 0; i < 3 && !applied.isEmpty(); i++) {
      table.add(applied.get(random.nextInt(applied.size())));
    }
    for (String target : List.of(all.get(random.nextInt(all.size())).value(), "heads")) {
      Plan plan;
      try {
        plan = planner.upgrade(table, target);
      } catch (RetortException refused) {
        continue;
      }
      table = replay(plan, table);
      assertThat(appliedSet(graph, table)).containsAll(appliedSet(graph, plan.rowsAfter()));
    }
    Plan down = planner.downgrade(table, "base");
    assertThat(replay(down, table)).isEmpty();
  }

  /** The table after the plan's steps, written as VersionStore writes them; fails on a collision. */
  private static SortedSet<RevisionId> replay(Plan plan, SortedSet<RevisionId> start) {
    SortedSet<RevisionId> table = new TreeSet<>(start);
    assertThat(plan.rowsBefore()).isEqualTo(table);
    for (Step step : plan.steps()) {
      assertThat(step.rowsBefore()).as("rows before %s", step).isEqualTo(table);
      Set<RevisionId> deleted = new HashSet<>(step.rowsBefore());
      deleted.removeAll(step.rowsAfter());
      Set<RevisionId> inserted = new HashSet<>(step.rowsAfter());
      inserted.removeAll(step.rowsBefore());
      table.removeAll(deleted);
      for (RevisionId id : inserted) {
        assertThat(table.add(id)).as("%s inserted twice by %s", id, step).isTrue();
      }
    }
    assertThat(table).isEqualTo(plan.rowsAfter());
    return table;
  }

  private static List<RevisionId> needs(RevisionGraph graph, RevisionId id) {
    List<RevisionId> needs = new ArrayList<>(graph.get(id).parents());
    needs.addAll(graph.dependencies(id));
    return needs;
  }

  private static Set<RevisionId> appliedSet(RevisionGraph graph, Set<RevisionId> rows) {
    return new HashSet<>(new Traversal(graph).ancestorsOrSelf(rows, Traversal.Edges.PARENTS_AND_DEPENDENCIES));
  }

  /** Applied revisions that no applied revision names as a parent or dependency. */
  private static SortedSet<RevisionId> expectedRows(RevisionGraph graph, Set<RevisionId> applied) {
    SortedSet<RevisionId> rows = new TreeSet<>(applied);
    for (RevisionId id : applied) {
      rows.removeAll(needs(graph, id));
    }
    return rows;
  }
}
