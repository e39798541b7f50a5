package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  //   a <- b <- c (label feat on c)
  //   b <- d
  //   x (second base) ; y revises x and depends on d
  private final RevisionGraph graph = RevisionGraph.of(List.of(
      Revision.of("a", List.of()),
      Revision.of("b", List.of("a")),
      Revision.of("c", List.of("b"), List.of(), Set.of("feat")),
      Revision.of("d", List.of("b")),
      Revision.of("x", List.of()),
      Revision.of("y", List.of("x"), List.of("d"), Set.of())));
  private final Planner planner = new Planner(graph);

  private static List<RevisionId> ids(String... values) {
    return java.util.Arrays.stream(values).map(RevisionId::of).toList();
  }

  private static List<String> revisions(Plan plan) {
    return plan.steps().stream().map(s -> s instanceof Step.Upgrade u ? "+" + u.revision()
        : s instanceof Step.Downgrade d ? "-" + d.revision() : "stamp").toList();
  }

  private static List<List<RevisionId>> rowChanges(Plan plan) {
    return plan.steps().stream().flatMap(s -> java.util.stream.Stream.of(List.copyOf(s.rowsBefore()), List.copyOf(s.rowsAfter()))).toList();
  }

  @Test
  void downgrade_withACoveredRowInTheTable_keepsItUntilItsRevisionGoes() {
    // rows {a, c}: a is already covered by c (Alembic's stamp can write such a table)
    Plan plan = planner.downgrade(ids("a", "c"), "base");

    assertThat(revisions(plan)).containsExactly("-c", "-b", "-a");
    // c -> b is an UPDATE; b -> a only deletes b, because a is already a row; then a goes
    assertThat(rowChanges(plan)).containsExactly(ids("a", "c"), ids("a", "b"), ids("a", "b"), ids("a"), ids("a"), List.of());
    assertThat(plan.rowsAfter()).isEmpty();
  }

  @Test
  void upgrade_fromACoveredRow_movesThatRow() {
    // rows {b, c}: b is covered by c; d continues from b, so b's row becomes d (as Alembic updates it)
    Plan plan = planner.upgrade(ids("b", "c"), "d");

    assertThat(revisions(plan)).containsExactly("+d");
    assertThat(rowChanges(plan)).containsExactly(ids("b", "c"), ids("c", "d"));
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("c", "d"));
  }

  @Test
  void upgrade_elsewhere_leavesACoveredRowAlone() {
    Plan plan = planner.upgrade(ids("a", "c"), "x");

    assertThat(rowChanges(plan)).containsExactly(ids("a", "c"), ids("a", "c", "x"));
  }

  @Test
  void upgrade_toOneBranch_leavesTheOtherAlone() {
    Plan plan = planner.upgrade(List.of(), "c");
    assertThat(revisions(plan)).containsExactly("+a", "+b", "+c");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("c"));
  }

  @Test
  void upgrade_throughDependency_appliesTheDependencyFirst() {
    Plan plan = planner.upgrade(ids("c"), "y");
    assertThat(revisions(plan)).containsExactlyInAnyOrder("+d", "+x", "+y");
    assertThat(revisions(plan).indexOf("+d")).isLessThan(revisions(plan).indexOf("+y"));
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("c", "y"));
  }

  @Test
  void downgrade_ofADependencyTarget_keepsTheDependant() {
    Plan plan = planner.downgrade(ids("c", "y"), "b");
    assertThat(revisions(plan)).containsExactly("-y", "-d", "-c");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("b", "x"));
  }

  @Test
  void downgrade_ofTheDependant_bringsTheDependencyBackAsARow() {
    Plan plan = planner.downgrade(ids("c", "y"), "x");
    assertThat(revisions(plan)).containsExactly("-y");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("c", "d", "x"));
  }

  @Test
  void downgrade_labelBase_removesOnlyThatBranch() {
    Plan plan = planner.downgrade(ids("c", "d"), "feat@base");
    assertThat(revisions(plan)).containsExactly("-c");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("d"));
  }

  @Test
  void downgrade_toANotAppliedRevision_isRefused() {
    assertThatThrownBy(() -> planner.downgrade(ids("b"), "c"))
        .isInstanceOfSatisfying(RetortException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.P001));
  }

  @Test
  void downgrade_toADependencyOnlyTarget_isRefused() {
    assertThatThrownBy(() -> planner.downgrade(ids("y"), "d"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.P002);
          assertThat(e.summary()).contains("y");
        });
  }

  @Test
  void relativeMoves_useTheCurrentRows() {
    assertThat(revisions(planner.upgrade(ids("a"), "+1"))).containsExactly("+b");
    assertThat(revisions(planner.downgrade(ids("c"), "-2"))).containsExactly("-c", "-b");
  }

  @Test
  void upgrade_minusN_isRefusedWithG008() {
    // as in Alembic ("Relative revision -1 didn't produce 1 migrations"): upgrade only moves up
    assertThatThrownBy(() -> planner.upgrade(ids("c"), "-1"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G008);
          assertThat(e.summary()).contains("'-1' moves 1 step down");
          assertThat(e.hint()).isEqualTo("to go back: retort downgrade -1   to go forward: retort upgrade +1");
        });
    // a step down from a named target is still a target to upgrade to
    assertThat(revisions(planner.upgrade(ids("a"), "c-1"))).containsExactly("+b");
  }

  @Test
  void versionRowWithoutScript_isReportedAsMissing() {
    assertThatThrownBy(() -> planner.upgrade(ids("gone"), "heads"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.V001);
          assertThat(e.summary()).contains("gone").contains("was the file deleted?");
        });
  }

  @Test
  void stamp_replacesTheRowOnTheSameLine_andAddsOtherLines() {
    assertThat(planner.stamp(ids("b"), "c", false).rowsAfter()).containsExactlyElementsOf(ids("c"));
    assertThat(planner.stamp(ids("c"), "a", false).rowsAfter()).containsExactlyElementsOf(ids("a"));
    assertThat(planner.stamp(ids("c"), "x", false).rowsAfter()).containsExactlyElementsOf(ids("c", "x"));
    assertThat(planner.stamp(ids("c", "x"), "base", false).rowsAfter()).isEmpty();
    assertThat(planner.stamp(ids("c", "x"), "d", true).rowsAfter()).containsExactlyElementsOf(ids("d"));
  }

  @Test
  void stamp_heads_whereOneHeadIsOnlyADependencyOfAnother_leavesBothApplied() {
    // p <- z ; p <- m, and m depends on z: both are heads, and m's row covers z
    // (found by compat/differential.py: the later destination used to replace the earlier one)
    RevisionGraph g = RevisionGraph.of(List.of(
        Revision.of("p", List.of()),
        Revision.of("z", List.of("p")),
        Revision.of("m", List.of("p"), List.of("z"), Set.of())));
    assertThat(new Planner(g).stamp(List.of(), "heads", false).rowsAfter()).containsExactlyElementsOf(ids("m"));
    assertThat(new Planner(g).stamp(ids("p"), "heads", false).rowsAfter()).containsExactlyElementsOf(ids("m"));
  }

  @Test
  void stamp_purge_clearsRowsWithoutScripts() {
    Plan plan = planner.stamp(ids("gone"), "a", true);
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("a"));
    assertThat(plan.steps()).singleElement().satisfies(s -> assertThat(s.deletedRows()).containsExactlyElementsOf(ids("gone")));
  }

  @Test
  void longestWrittenId_coversEveryInsertedRow() {
    RevisionGraph longIds = RevisionGraph.of(List.of(
        Revision.of("short1", List.of()),
        Revision.of("013_add_discovering_session_status", List.of("short1"))));
    Plan plan = new Planner(longIds).upgrade(List.of(), "head");
    assertThat(plan.longestWrittenId()).isEqualTo(34);
    assertThat(plan.longestWritten().value()).isEqualTo("013_add_discovering_session_status");
  }
}
