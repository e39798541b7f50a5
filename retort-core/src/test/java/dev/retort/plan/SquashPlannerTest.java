package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.graph.ScriptOrigin;
import dev.retort.graph.SquashException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The graph's squash views and the planner on them, without a database: {@code a <- b <- c <- d
 * <- e}, and squash {@code s} (revises a) replacing {@code b, c, d}; {@code e} keeps {@code
 * Revises: d}.
 */
class SquashPlannerTest {
  private static Revision squash(String id, List<String> parents, String... replaces) {
    return new Revision(RevisionId.of(id), parents.stream().map(RevisionId::of).toList(), List.of(), Set.of(), "",
        "", RevisionKind.SQL, "", true, ScriptOrigin.inMemory(id),
        java.util.Arrays.stream(replaces).map(RevisionId::of).toList());
  }

  private static List<Revision> chain() {
    return new ArrayList<>(List.of(
        Revision.of("a", List.of()),
        Revision.of("b", List.of("a")),
        Revision.of("c", List.of("b")),
        Revision.of("d", List.of("c")),
        Revision.of("e", List.of("d"))));
  }

  private static RevisionGraph squashed() {
    List<Revision> all = chain();
    all.add(squash("s", List.of("a"), "b", "c", "d"));
    return RevisionGraph.of(all);
  }

  private static List<RevisionId> ids(String... values) {
    return java.util.Arrays.stream(values).map(RevisionId::of).toList();
  }

  private static List<String> steps(Plan plan) {
    return plan.steps().stream().map(s -> s instanceof Step.Upgrade u ? "+" + u.revision()
        : s instanceof Step.Downgrade d ? "-" + d.revision() : "stamp " + s.rowsAfter()).toList();
  }

  @Test
  void graphAsLoaded_showsTheSquashInPlaceOfTheChain() {
    RevisionGraph graph = squashed();

    assertThat(graph.topologicalOrder()).containsExactlyElementsOf(ids("a", "s", "e"));
    assertThat(graph.heads()).containsExactlyElementsOf(ids("e"));
    assertThat(graph.get(RevisionId.of("e")).parents()).containsExactlyElementsOf(ids("s"));
    assertThat(graph.get(RevisionId.of("c")).parents()).as("a replaced revision, as written")
        .containsExactlyElementsOf(ids("b"));
    RevisionGraph expanded = graph.view(Set.of(RevisionId.of("s")));
    assertThat(expanded.topologicalOrder()).containsExactlyElementsOf(ids("a", "b", "c", "d", "e"));
  }

  @Test
  void freshDatabase_runsTheSquash() {
    Plan plan = new SquashPlanner(squashed()).upgrade(List.of(), "heads");

    assertThat(steps(plan)).containsExactly("+a", "+s", "+e");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("e"));
  }

  @Test
  void partWay_finishesTheChain() {
    Plan plan = new SquashPlanner(squashed()).upgrade(ids("c"), "heads");

    assertThat(steps(plan)).containsExactly("+d", "+e");
    assertThat(plan.steps().get(0).rowsBefore()).containsExactlyElementsOf(ids("c"));
  }

  @Test
  void atTheEnd_continuesFromTheRealRow_andDowngradesThroughTheSquash() {
    SquashPlanner planner = new SquashPlanner(squashed());

    Plan up = planner.upgrade(ids("d"), "heads");
    Plan down = planner.downgrade(ids("d"), "a");

    assertThat(steps(up)).containsExactly("+e");
    assertThat(up.steps().get(0).rowsBefore()).containsExactlyElementsOf(ids("d"));
    assertThat(steps(down)).containsExactly("-s");
    assertThat(down.steps().get(0).rowsBefore()).containsExactlyElementsOf(ids("d"));
    assertThat(down.rowsAfter()).containsExactlyElementsOf(ids("a"));
    assertThat(planner.upgrade(ids("d"), "s").isEmpty()).isTrue();
  }

  @Test
  void atTheEnd_stampTheSquash_rewritesTheRow() {
    Plan plan = new SquashPlanner(squashed()).stamp(ids("d"), "s", false);

    assertThat(plan.steps()).singleElement().satisfies(step -> {
      assertThat(step.rowsBefore()).containsExactlyElementsOf(ids("d"));
      assertThat(step.rowsAfter()).containsExactlyElementsOf(ids("s"));
    });
  }

  @Test
  void targetInsideTheChain_freshFollowsTheOldChain_appliedIsRefused() {
    SquashPlanner planner = new SquashPlanner(squashed());

    assertThat(steps(planner.upgrade(List.of(), "c"))).containsExactly("+a", "+b", "+c");
    assertThatThrownBy(() -> planner.downgrade(ids("e"), "c"))
        .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.P010));
    assertThatThrownBy(() -> planner.upgrade(ids("b"), "s"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.P010);
          assertThat(e.hint()).contains("retort upgrade d");
        });
  }

  @Test
  void squashOfTheTail_aChildWrittenOnTheSquash_followsTheChainOnAPartWayDatabase() {
    List<Revision> all = chain();
    all.add(squash("s", List.of("a"), "b", "c", "d", "e"));
    all.add(Revision.of("f", List.of("s")));
    SquashPlanner planner = new SquashPlanner(RevisionGraph.of(all));

    assertThat(steps(planner.upgrade(ids("c"), "heads"))).containsExactly("+d", "+e", "+f");
    assertThat(steps(planner.upgrade(List.of(), "heads"))).containsExactly("+a", "+s", "+f");
  }

  private static List<SquashException.Kind> problems(Revision... more) {
    List<Revision> all = chain();
    all.addAll(List.of(more));
    return RevisionGraph.builder().addAll(all).problems().stream()
        .filter(SquashException.class::isInstance).map(p -> ((SquashException) p).kind()).toList();
  }

  @Test
  void invalidSquashes_areLoadProblemsOfTheirKind() {
    assertThat(problems(squash("s", List.of("a"), "b", "d"))).containsExactly(SquashException.Kind.NOT_CHAIN);
    assertThat(problems(squash("s", List.of(), "b", "c"))).containsExactly(SquashException.Kind.NOT_CHAIN);
    assertThat(problems(Revision.of("x", List.of("c")), squash("s", List.of("a"), "b", "c", "d")))
        .containsExactly(SquashException.Kind.NOT_CHAIN);
    assertThat(problems(squash("s", List.of("a"), "b", "c", "zz"))).containsExactly(SquashException.Kind.UNKNOWN_REPLACED);
    assertThat(problems(squash("s", List.of("a"), "b", "c"), squash("t", List.of("b"), "c", "d")))
        .containsExactly(SquashException.Kind.OVERLAP);
    assertThat(problems(squash("s", List.of("a"), "b", "c"))).isEmpty();
  }

  @Test
  void everyReplacedRevisionGone_isAnOrdinaryRevision() {
    RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a", List.of()), squash("s", List.of("a"), "x", "y")));

    assertThat(graph.squashes().isEmpty()).isTrue();
    assertThat(graph.heads()).containsExactlyElementsOf(ids("s"));
  }
}
