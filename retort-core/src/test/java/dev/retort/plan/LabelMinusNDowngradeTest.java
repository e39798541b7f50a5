package dev.retort.plan;

import static dev.retort.plan.PlanText.rev;
import static dev.retort.plan.PlanText.ids;
import static dev.retort.plan.PlanText.downgraded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.graph.AmbiguousWalkException;
import dev.retort.graph.RelativeRangeException;
import dev.retort.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code downgrade <label>@-N} stays on the label's branch, as in Alembic 1.20. Every expected
 * state here was checked against Alembic with {@code compat/differential.py --spec}; the first
 * two graphs are small versions of differential seeds 107 and 123.
 */
class LabelMinusNDowngradeTest {

  //   t0 <- t1 <- p <- q <- r     q depends on l1
  //         t1 <- s
  //   l0 [legacy] <- l1 <- l2     l1 depends on s
  // Rows r, s: legacy is applied only through q's dependency, its newest applied revision is l1.
  private final RevisionGraph seed107 = RevisionGraph.of(List.of(
      rev("t0", "", "", ""),
      rev("t1", "t0", "", ""),
      rev("p", "t1", "", ""),
      rev("q", "p", "l1", ""),
      rev("r", "q", "", ""),
      rev("s", "t1", "", ""),
      rev("l0", "", "", "legacy"),
      rev("l1", "l0", "s", ""),
      rev("l2", "l1", "", "")));

  @Test
  void downgrade_labelMinusNToBase_withSeveralBases_removesOnlyTheLabelsBaseAndWhatNeedsIt() {
    Plan plan = new Planner(seed107).downgrade(ids("r s"), "legacy@-2");

    // legacy's base and what descends from it or depends on it; the trunk below q stays
    assertThat(downgraded(plan)).containsExactlyInAnyOrder("r", "q", "l1", "l0");
    assertThat(downgraded(plan).indexOf("q")).isLessThan(downgraded(plan).indexOf("l1"));
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("p s"));
  }

  @Test
  void downgrade_labelMinusOne_fromATipAppliedAsADependency_removesItsDependants() {
    Plan plan = new Planner(seed107).downgrade(ids("r s"), "legacy@-1");

    assertThat(downgraded(plan)).containsExactly("r", "q", "l1");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("l0 p s"));
  }

  @Test
  void downgrade_labelMinusNToBase_leavesAnotherBasesRow() {
    //   x <- y ; a [audit] ; y, a <- m (not applied)
    RevisionGraph seed123 = RevisionGraph.of(List.of(
        rev("x", "", "", ""),
        rev("y", "x", "", ""),
        rev("a", "", "", "audit"),
        rev("m", "y a", "", "")));

    Plan plan = new Planner(seed123).downgrade(ids("a x"), "audit@-1");

    assertThat(downgraded(plan)).containsExactly("a");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("x"));
  }

  //   z <- a <- b [feat] <- c
  //        a <- d
  private final RevisionGraph forked = RevisionGraph.of(List.of(
      rev("z", "", "", ""),
      rev("a", "z", "", ""),
      rev("b", "a", "", "feat"),
      rev("c", "b", "", ""),
      rev("d", "a", "", "")));

  @Test
  void downgrade_labelMinusNToTheBranchPoint_keepsTheOtherBranch() {
    Plan plan = new Planner(forked).downgrade(ids("c d"), "feat@-2");

    assertThat(downgraded(plan)).containsExactly("c", "b");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("d"));
  }

  @Test
  void downgrade_labelMinusN_walkingBelowTheBranchPoint_removesBothBranches() {
    // the destination z has one child, a, and both branches descend from it
    Plan plan = new Planner(forked).downgrade(ids("c d"), "feat@-3");

    assertThat(downgraded(plan)).containsExactlyInAnyOrder("c", "b", "d", "a");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("z"));
  }

  @Test
  void downgrade_labelMinusN_withOneRow_removesTheBranchAboveTheDestination() {
    assertThat(downgraded(new Planner(forked).downgrade(ids("c"), "feat@-1"))).containsExactly("c");
    Plan plan = new Planner(forked).downgrade(ids("c"), "feat@-2");

    assertThat(downgraded(plan)).containsExactly("c", "b");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("a"));
  }

  @Test
  void downgrade_labelMinusN_fromARowBelowTheBranch_walksFromThatRow() {
    // d is not on feat's branch, but a, on its lineage, is applied: Alembic walks from the row on the lineage
    Plan plan = new Planner(forked).downgrade(ids("a"), "feat@-1");

    assertThat(downgraded(plan)).containsExactly("a");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("z"));
  }

  @Test
  void downgrade_labelMinusN_pastTheBase_isRefusedWithG008() {
    assertThatThrownBy(() -> new Planner(forked).downgrade(ids("c d"), "feat@-5"))
        .isInstanceOfSatisfying(RelativeRangeException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G008);
          assertThat(e.summary()).contains("'feat@-5'");
        });
  }

  @Test
  void downgrade_labelMinusN_alsoRemovesAnotherBranchThatDependsOnIt() {
    //   a <- b <- c [feat] <- d ; b <- e, and e depends on d: removing d removes e too (as in Alembic)
    RevisionGraph g = RevisionGraph.of(List.of(
        rev("a", "", "", ""),
        rev("b", "a", "", ""),
        rev("c", "b", "", "feat"),
        rev("d", "c", "", ""),
        rev("e", "b", "d", "")));

    Plan plan = new Planner(g).downgrade(ids("e"), "feat@-2");

    assertThat(downgraded(plan)).containsExactly("e", "d", "c");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("b"));
  }

  @Test
  void downgrade_labelMinusN_toABranchPointInsideTheBranch_isRefusedWithG006() {
    //   l [legacy] <- m <- x ; m <- y: both children of m are on legacy, so the label picks neither
    // (Alembic: "Not a valid downgrade target from current heads"), even with one row
    RevisionGraph g = RevisionGraph.of(List.of(
        rev("l", "", "", "legacy"),
        rev("m", "l", "", ""),
        rev("x", "m", "", ""),
        rev("y", "m", "", "")));

    assertThatThrownBy(() -> new Planner(g).downgrade(ids("x"), "legacy@-1"))
        .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G006);
          assertThat(e.candidates()).containsExactlyElementsOf(ids("x y"));
          assertThat(e.summary()).contains("'legacy@-1'").contains("it ends at m, a branch point inside branch 'legacy'");
          assertThat(e.hint()).contains("m");
        });
    // the explicit target still works
    assertThat(downgraded(new Planner(g).downgrade(ids("x"), "m"))).containsExactly("x");
  }

  @Test
  void downgrade_otherTargetsAtTheBranchPoint_stillRemoveEveryBranchAboveIt() {
    // only <label>@-N is scoped: the plain id and <id>-N keep removing all of a's applied descendants
    assertThat(new Planner(forked).downgrade(ids("c d"), "a").rowsAfter()).containsExactlyElementsOf(ids("a"));
    assertThat(new Planner(forked).downgrade(ids("c d"), "c-2").rowsAfter()).containsExactlyElementsOf(ids("a"));
    assertThat(new Planner(forked).downgrade(ids("c d"), "base").rowsAfter()).isEmpty();
  }

  @Test
  void stamp_labelMinusN_isNotScoped() {
    // the scope only changes what a downgrade removes
    assertThat(new Planner(forked).stamp(ids("c d"), "feat@-2", false).rowsAfter()).containsExactlyElementsOf(ids("a"));
  }

  @Test
  void upgrade_labelMinusN_isRefusedWithG008() {
    // Alembic: "Relative revision -2 didn't produce 2 migrations"; it used to do nothing and exit 0
    assertThatThrownBy(() -> new Planner(forked).upgrade(ids("c d"), "feat@-2"))
        .isInstanceOfSatisfying(RelativeRangeException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G008);
          assertThat(e.summary()).isEqualTo(
              "upgrade target 'feat@-2' moves 2 steps down from the current revisions, and upgrade only moves up");
          assertThat(e.hint()).contains("retort downgrade feat@-2").contains("retort upgrade feat@+2");
        });
  }
}
