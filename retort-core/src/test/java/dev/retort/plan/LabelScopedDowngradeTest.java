package dev.retort.plan;

import static dev.retort.plan.PlanText.rev;
import static dev.retort.plan.PlanText.ids;
import static dev.retort.plan.PlanText.downgraded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.graph.AmbiguousWalkException;
import dev.retort.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The other downgrade targets written with a branch stay on it, as {@code <label>@-N} does
 * ({@link LabelMinusNDowngradeTest}): {@code <label>@<id>}, {@code <label>@<id>-N}, {@code
 * <label>@head-N} and {@code <id>@head-N}, as in Alembic 1.20, whose downgrade passes the part
 * before {@code @} on as the branch. Every expected state here was checked against Alembic with
 * {@code compat/differential.py --spec}.
 */
class LabelScopedDowngradeTest {

  //   aaaa1 <- bbbb1 <- cccc1 [feat] <- dddd1
  //            bbbb1 <- eeee1
  private final RevisionGraph forked = RevisionGraph.of(List.of(
      rev("aaaa1", "", "", ""),
      rev("bbbb1", "aaaa1", "", ""),
      rev("cccc1", "bbbb1", "", "feat"),
      rev("dddd1", "cccc1", "", ""),
      rev("eeee1", "bbbb1", "", "")));

  private Plan downgrade(RevisionGraph graph, String rows, String target) {
    return new Planner(graph).downgrade(ids(rows), target);
  }

  @Test
  void downgrade_labelAtTheBranchPoint_removesOnlyTheLabelsBranch() {
    Plan plan = downgrade(forked, "dddd1 eeee1", "feat@bbbb1");

    assertThat(downgraded(plan)).containsExactly("dddd1", "cccc1");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("eeee1"));
  }

  @Test
  void downgrade_labelAtIdMinusN_toTheBranchPoint_removesOnlyTheLabelsBranch() {
    assertThat(downgrade(forked, "dddd1 eeee1", "feat@cccc1-1").rowsAfter()).containsExactlyElementsOf(ids("eeee1"));
    assertThat(downgrade(forked, "dddd1 eeee1", "feat@dddd1-2").rowsAfter()).containsExactlyElementsOf(ids("eeee1"));
  }

  @Test
  void downgrade_labelAtHeadMinusN_toTheBranchPoint_removesOnlyTheLabelsBranch() {
    Plan plan = downgrade(forked, "dddd1 eeee1", "feat@head-2");

    assertThat(downgraded(plan)).containsExactly("dddd1", "cccc1");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("eeee1"));
  }

  @Test
  void downgrade_idAtHeadMinusN_staysOnTheBranchOfThatRevision() {
    // as in Alembic, a revision before '@' scopes like a label: to what leads up to it
    assertThat(downgrade(forked, "dddd1 eeee1", "dddd1@head-2").rowsAfter()).containsExactlyElementsOf(ids("eeee1"));
    assertThat(downgrade(forked, "dddd1 eeee1", "eeee1@head-1").rowsAfter()).containsExactlyElementsOf(ids("dddd1"));
  }

  @Test
  void idAtPlusAndMinusN_moveOnTheLineageOfThatRevision() {
    // compat/repro/id-relative.json: aaaa1 <- bbbb1 <- cccc1, aaaa1 <- dddd1 <- eeee1 <- ffff1
    RevisionGraph g = RevisionGraph.of(List.of(
        rev("aaaa1", "", "", ""),
        rev("bbbb1", "aaaa1", "", ""),
        rev("cccc1", "bbbb1", "", ""),
        rev("dddd1", "aaaa1", "", ""),
        rev("eeee1", "dddd1", "", ""),
        rev("ffff1", "eeee1", "", "")));
    Planner planner = new Planner(g);

    assertThat(planner.upgrade(ids("cccc1"), "ffff1@+1").rowsAfter()).containsExactlyElementsOf(ids("cccc1 dddd1"));
    assertThat(planner.upgrade(ids("bbbb1 dddd1"), "eeee1@+1").rowsAfter()).containsExactlyElementsOf(ids("bbbb1 eeee1"));
    assertThat(planner.stamp(ids("bbbb1 dddd1"), "eeee1@+1", false).rowsAfter()).containsExactlyElementsOf(ids("bbbb1 eeee1"));
    assertThat(planner.downgrade(ids("cccc1 ffff1"), "eeee1@-2").rowsAfter()).containsExactlyElementsOf(ids("cccc1 dddd1"));
    // down to the branch point aaaa1: only the branch of dddd1 goes, as with <label>@-N
    Plan plan = planner.downgrade(ids("cccc1 ffff1"), "dddd1@-3");
    assertThat(downgraded(plan)).containsExactly("ffff1", "eeee1", "dddd1");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("cccc1"));
  }

  @Test
  void downgrade_labelAtId_belowTheBranchPoint_removesEveryBranchAboveIt() {
    // aaaa1 has one child, and both branches descend from it
    assertThat(downgrade(forked, "dddd1 eeee1", "feat@aaaa1").rowsAfter()).containsExactlyElementsOf(ids("aaaa1"));
    assertThat(downgrade(forked, "dddd1 eeee1", "feat@head-4").rowsAfter()).isEmpty();
  }

  @Test
  void downgrade_labelAtId_alsoRemovesAnotherBranchThatDependsOnTheLabelsBranch() {
    //   aaaa1 <- bbbb1 <- cccc1 [feat] <- dddd1 ; bbbb1 <- eeee1, and eeee1 depends on dddd1
    RevisionGraph g = RevisionGraph.of(List.of(
        rev("aaaa1", "", "", ""),
        rev("bbbb1", "aaaa1", "", ""),
        rev("cccc1", "bbbb1", "", "feat"),
        rev("dddd1", "cccc1", "", ""),
        rev("eeee1", "bbbb1", "dddd1", "")));

    Plan plan = downgrade(g, "eeee1", "feat@bbbb1");

    assertThat(downgraded(plan)).containsExactly("eeee1", "dddd1", "cccc1");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("bbbb1"));
  }

  @Test
  void downgrade_labelAtHeadMinusN_toBaseWithSeveralBases_removesOnlyTheLabelsBase() {
    //   xxxx1 <- yyyy1 ; aaaa1 [audit] <- bbbb1
    RevisionGraph g = RevisionGraph.of(List.of(
        rev("xxxx1", "", "", ""),
        rev("yyyy1", "xxxx1", "", ""),
        rev("aaaa1", "", "", "audit"),
        rev("bbbb1", "aaaa1", "", "")));

    assertThat(downgraded(downgrade(g, "bbbb1 yyyy1", "audit@head-2"))).containsExactly("bbbb1", "aaaa1");
    assertThat(downgrade(g, "bbbb1 yyyy1", "audit@head-2").rowsAfter()).containsExactlyElementsOf(ids("yyyy1"));
    assertThat(downgrade(g, "bbbb1 yyyy1", "audit@bbbb1-2").rowsAfter()).containsExactlyElementsOf(ids("yyyy1"));
  }

  @Test
  void downgrade_labelAtId_withNothingOfTheBranchAppliedAbove_isRefusedWithP001() {
    // only the other branch is applied above bbbb1 (Alembic: "not a valid downgrade target")
    assertThatThrownBy(() -> downgrade(forked, "eeee1", "feat@bbbb1"))
        .isInstanceOfSatisfying(PlanException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.P001);
          assertThat(e.summary()).contains("bbbb1 ('feat@bbbb1')").contains("nothing of branch 'feat' applied above it");
          assertThat(e.details()).anyMatch(line -> line.contains("eeee1"));
          assertThat(e.hint()).contains("retort downgrade bbbb1");
        });
    // the plain id removes the other branch; a version row as target is a no-op
    assertThat(downgrade(forked, "eeee1", "bbbb1").rowsAfter()).containsExactlyElementsOf(ids("bbbb1"));
    assertThat(downgrade(forked, "cccc1 eeee1", "feat@cccc1").isEmpty()).isTrue();
  }

  @Test
  void downgrade_labelAtABranchPointInsideTheBranch_isRefusedWithG006() {
    //   aaaa1 <- bbbb1 <- cccc1 [feat] <- dddd1 ; cccc1 <- eeee1: the label picks neither child
    RevisionGraph g = RevisionGraph.of(List.of(
        rev("aaaa1", "", "", ""),
        rev("bbbb1", "aaaa1", "", ""),
        rev("cccc1", "bbbb1", "", "feat"),
        rev("dddd1", "cccc1", "", ""),
        rev("eeee1", "cccc1", "", "")));

    assertThatThrownBy(() -> downgrade(g, "dddd1 eeee1", "feat@cccc1"))
        .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G006);
          assertThat(e.candidates()).containsExactlyElementsOf(ids("dddd1 eeee1"));
          // not a relative target, so the message does not call it one
          assertThat(e.summary()).startsWith("target 'feat@cccc1' is ambiguous: it ends at cccc1, a branch point inside branch 'feat'");
        });
  }

  @Test
  void downgrade_idAtBaseWalkingUpToThatBranchPoint_isRefusedWithG006() {
    assertThatThrownBy(() -> downgrade(forked, "dddd1 eeee1", "bbbb1@base+2"))
        .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
          assertThat(e.candidates()).containsExactlyElementsOf(ids("cccc1 eeee1"));
          assertThat(e.summary()).contains("it ends at bbbb1, a branch point, and bbbb1 is not above it");
        });
  }

  @Test
  void upgradeAndStamp_labelAtId_areNotScoped() {
    assertThat(new Planner(forked).upgrade(ids("bbbb1"), "feat@dddd1").rowsAfter()).containsExactlyElementsOf(ids("dddd1"));
    assertThat(new Planner(forked).stamp(ids("dddd1 eeee1"), "feat@bbbb1", false).rowsAfter())
        .containsExactlyElementsOf(ids("bbbb1"));
  }
}
