package dev.retort.plan;

import static dev.retort.plan.PlanText.rev;
import static dev.retort.plan.PlanText.ids;
import static dev.retort.plan.PlanText.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code downgrade heads} and relative moves from the current revisions in the wrong direction
 * or of zero steps, as Alembic 1.20 refuses or resolves them. Every expected outcome was checked
 * against Alembic with {@code compat/differential.py --spec} on the graph in the comment above
 * the graph.
 */
class AlembicEdgeCaseTest {

  // compat/repro/label-scoped-downgrade.json
  //   aaaa1 <- bbbb1 <- cccc1 [feat] <- dddd1
  //            bbbb1 <- eeee1
  private final Planner forked = new Planner(RevisionGraph.of(List.of(
      rev("aaaa1", "", "", ""),
      rev("bbbb1", "aaaa1", "", ""),
      rev("cccc1", "bbbb1", "", "feat"),
      rev("dddd1", "cccc1", "", ""),
      rev("eeee1", "bbbb1", "", ""))));

  // compat/repro/stamp-relative.json: aaaa1 <- bbbb1 <- cccc1
  private final Planner linear = new Planner(RevisionGraph.of(List.of(
      rev("aaaa1", "", "", ""),
      rev("bbbb1", "aaaa1", "", ""),
      rev("cccc1", "bbbb1", "", ""))));

  // compat/repro/stamp-heads-dependency-head.json: pppp1 <- zzzz1; pppp1 <- mmmm1 (depends on zzzz1)
  private final Planner dependencyHead = new Planner(RevisionGraph.of(List.of(
      rev("pppp1", "", "", ""),
      rev("zzzz1", "pppp1", "", ""),
      rev("mmmm1", "pppp1", "zzzz1", ""))));

  private static void assertRefused(Runnable command, ErrorCode code, String summary, String hint) {
    assertThatThrownBy(command::run).isInstanceOfSatisfying(RetortException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.summary()).contains(summary);
      if (hint != null) {
        assertThat(e.hint()).isEqualTo(hint);
      }
    });
  }

  @Test
  void downgradeHeads_withSeveralHeads_isG002ListingThem() {
    // Alembic: "Multiple head revisions are present for given argument 'heads'"
    assertThatThrownBy(() -> forked.downgrade(ids("dddd1 eeee1"), "heads"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G002);
          assertThat(e.summary()).isEqualTo("2 heads and downgrade target 'heads' needs one: a downgrade goes to one revision");
          assertThat(e.details()).hasSize(2);
          assertThat(e.details().get(0)).startsWith("dddd1");
          assertThat(e.details().get(1)).startsWith("eeee1");
        });
    // with one of the heads applied too
    assertRefused(() -> forked.downgrade(ids("dddd1"), "heads"), ErrorCode.G002, "'heads' needs one", null);
  }

  @Test
  void downgradeHeads_withOneHead_isThatHead() {
    assertThat(linear.downgrade(ids("cccc1"), "heads").steps()).isEmpty();
    // not applied up to the head: as downgrade cccc1 (Alembic: "Nothing to drop")
    assertRefused(() -> linear.downgrade(ids("bbbb1"), "heads"), ErrorCode.P001, "cccc1 ('heads') is not applied", null);
  }

  @Test
  void downgradeHeads_ignoresAHeadThatAnotherDependsOn() {
    // zzzz1 revises nothing that has children but mmmm1 depends on it: Alembic's 'heads' is mmmm1 alone
    Plan plan = dependencyHead.downgrade(ids("mmmm1"), "heads");
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("mmmm1"));
    assertRefused(() -> dependencyHead.downgrade(ids("zzzz1"), "heads"), ErrorCode.P001, "mmmm1 ('heads')", null);
  }

  @Test
  void upgrade_zeroStepsFromTheCurrentRevisions_isG008() {
    // Alembic: "Relative revision 0 didn't produce 0 migrations"
    assertRefused(() -> forked.upgrade(ids("cccc1"), "+0"), ErrorCode.G008,
        "upgrade target '+0' moves 0 steps from the current revisions, so there is nothing to upgrade",
        "move at least one step: retort upgrade +1   (retort current shows where the database is)");
    assertRefused(() -> forked.upgrade(ids("cccc1"), "-0"), ErrorCode.G008, "'-0' moves 0 steps", null);
    assertRefused(() -> forked.upgrade(ids("cccc1"), "feat@+0"), ErrorCode.G008, "'feat@+0' moves 0 steps",
        "move at least one step: retort upgrade feat@+1   (retort current shows where the database is)");
    assertRefused(() -> forked.upgrade(ids("cccc1"), "feat@-0"), ErrorCode.G008, "'feat@-0' moves 0 steps", null);
    assertRefused(() -> forked.upgrade(List.of(), "+0"), ErrorCode.G008, "'+0' moves 0 steps", null);
  }

  @Test
  void zeroStepsFromANamedTarget_isThatTarget() {
    assertThat(forked.upgrade(ids("cccc1"), "cccc1+0").steps()).isEmpty();
    assertThat(steps(forked.upgrade(ids("cccc1"), "dddd1-0"))).containsExactly("+dddd1");
    assertThat(forked.downgrade(ids("cccc1"), "cccc1-0").steps()).isEmpty();
  }

  @Test
  void downgrade_zeroOrUpStepsFromTheCurrentRevisions_isG008() {
    // Alembic: "Relative revision 0 didn't produce 0 migrations", "Relative revision +1 didn't produce 1 migrations"
    assertRefused(() -> forked.downgrade(ids("cccc1"), "-0"), ErrorCode.G008,
        "downgrade target '-0' moves 0 steps from the current revisions, so there is nothing to downgrade",
        "move at least one step: retort downgrade -1   (retort current shows where the database is)");
    assertRefused(() -> forked.downgrade(ids("cccc1"), "+0"), ErrorCode.G008, "'+0' moves 0 steps", null);
    assertRefused(() -> forked.downgrade(ids("cccc1"), "feat@+0"), ErrorCode.G008, "'feat@+0' moves 0 steps", null);
    assertRefused(() -> forked.downgrade(ids("cccc1"), "feat@-0"), ErrorCode.G008, "'feat@-0' moves 0 steps", null);
    assertRefused(() -> forked.downgrade(ids("bbbb1"), "+1"), ErrorCode.G008,
        "downgrade target '+1' moves 1 step up from the current revisions, and downgrade only moves down",
        "to go forward: retort upgrade +1   to go back: retort downgrade -1");
    assertRefused(() -> forked.downgrade(ids("cccc1"), "feat@+1"), ErrorCode.G008, "'feat@+1' moves 1 step up",
        "to go forward: retort upgrade feat@+1   to go back: retort downgrade feat@-1");
  }

  @Test
  void idAtId_scopesToTheFirstRevisionsBranch() {
    // Alembic accepts a revision before @ as it does in <id>@head ("not actually a branch" in its tests)
    Plan plan = forked.downgrade(ids("dddd1 eeee1"), "cccc1@bbbb1");
    assertThat(steps(plan)).containsExactly("-dddd1", "-cccc1");
    assertThat(plan.rowsAfter()).containsExactlyElementsOf(ids("eeee1"));
    assertThat(steps(forked.downgrade(ids("dddd1 eeee1"), "eeee1@bbbb1"))).containsExactly("-eeee1");
    assertThat(steps(forked.downgrade(ids("dddd1 eeee1"), "dddd1@cccc1-1"))).containsExactly("-dddd1", "-cccc1");
    // upgrade, stamp, prefixes on both sides
    assertThat(steps(forked.upgrade(List.of(), "cccc@dddd"))).containsExactly("+aaaa1", "+bbbb1", "+cccc1", "+dddd1");
    assertThat(forked.stamp(ids("dddd1 eeee1"), "dddd1@cccc1", false).rowsAfter())
        .containsExactlyElementsOf(ids("cccc1 eeee1"));
  }

  @Test
  void idAtId_offTheFirstRevisionsLineage_isG004() {
    // Alembic: "Can't locate revision identified by 'eeee1'" (its downgrade alone skips the check)
    assertThatThrownBy(() -> forked.upgrade(ids("cccc1"), "cccc1@eeee1"))
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.G004);
          assertThat(e.summary()).isEqualTo("no revision matches 'cccc1@eeee1'");
          assertThat(e.details()).containsExactly(
              "revision eeee1 exists but is not on branch 'cccc1' (neither above nor below cccc1)");
        });
    assertRefused(() -> forked.downgrade(ids("dddd1 eeee1"), "dddd1@eeee1"), ErrorCode.G004, "'dddd1@eeee1'", null);
    assertRefused(() -> forked.upgrade(List.of(), "zzzz@bbbb1"), ErrorCode.G004, "'zzzz'", null);
  }
}
