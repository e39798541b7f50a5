package dev.retort.graph;

import static dev.retort.graph.Graphs.id;
import static dev.retort.graph.Graphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture DSL itself, so that a mistake in it cannot hide a mistake in the graph. */
class GraphsTest {

  @Test
  void revisions_chainsBranchesMergesLabelsAndDepends_buildsRecordsInOrderOfAppearance() {
    List<Revision> revisions = Graphs.revisions("""
        a <- b <- c
        b <- d            # branch point at b
        c,d <- m          # merge
        m <- x [label=feat,extra] {depends=d, feat2}
        solo
        """);

    assertThat(revisions).extracting(r -> r.id().value()).containsExactly("a", "b", "c", "d", "m", "x", "solo");
    Revision a = revisions.get(0);
    Revision m = revisions.get(4);
    Revision x = revisions.get(5);
    assertThat(a.parents()).isEmpty();
    assertThat(revisions.get(2).parents()).containsExactly(id("b"));
    assertThat(m.parents()).containsExactly(id("c"), id("d"));
    assertThat(x.parents()).containsExactly(id("m"));
    assertThat(x.branchLabels()).containsExactlyInAnyOrder("feat", "extra");
    assertThat(x.dependsOn()).containsExactly("d", "feat2");
    assertThat(revisions.get(6).parents()).isEmpty();
  }

  @Test
  void revisions_groupInTheMiddleOfAChain_eachMemberRevisesThePreviousGroup() {
    List<Revision> revisions = Graphs.revisions("a <- b,c <- d");

    assertThat(revisions.get(1).parents()).containsExactly(id("a"));
    assertThat(revisions.get(2).parents()).containsExactly(id("a"));
    assertThat(revisions.get(3).parents()).containsExactly(id("b"), id("c"));
  }

  @Test
  void revisions_repeatedParent_isKeptForValidationTests() {
    assertThat(Graphs.revisions("a,a <- b").get(1).parents()).containsExactly(id("a"), id("a"));
    assertThat(Graphs.revisions("a <- a").get(0).parents()).containsExactly(id("a"));
  }

  @Test
  void revisions_unreadableItem_throwsNamingTheLine() {
    assertThatThrownBy(() -> Graphs.revisions("a <- b\nb <- c d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void ids_spaceSeparated_keepsOrder() {
    assertThat(ids(" c a  b ")).containsExactly(id("c"), id("a"), id("b"));
    assertThat(ids("")).isEmpty();
  }
}
