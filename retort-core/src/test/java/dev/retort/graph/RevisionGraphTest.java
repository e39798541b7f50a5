package dev.retort.graph;

import static dev.retort.graph.Graphs.id;
import static dev.retort.graph.Graphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  /** A branch at b, merged again at m, then one more revision. */
  private static final String DIAMOND = """
      a <- b <- c
      b <- d            # branch point at b
      c,d <- m          # merge
      m <- x
      """;

  @Nested
  class Structure {
    @Test
    void heads_branchMergedAgain_returnsTheSingleHead() {
      RevisionGraph g = Graphs.parse(DIAMOND);

      assertThat(g.heads()).containsExactly(id("x"));
      assertThat(g.bases()).containsExactly(id("a"));
      assertThat(g.size()).isEqualTo(6);
    }

    @Test
    void heads_twoUnmergedBranchesAndASecondBase_returnsAllSortedById() {
      RevisionGraph g = Graphs.parse("""
          e <- f
          a <- b <- d
          b <- c
          """);

      assertThat(g.heads()).containsExactlyElementsOf(ids("c d f"));
      assertThat(g.bases()).containsExactlyElementsOf(ids("a e"));
    }

    @Test
    void branchAndMergePoints_diamond_foundAndPredicatesAgree() {
      RevisionGraph g = Graphs.parse(DIAMOND);

      assertThat(g.branchPoints()).containsExactly(id("b"));
      assertThat(g.mergePoints()).containsExactly(id("m"));
      assertThat(g.isBranchPoint(id("b"))).isTrue();
      assertThat(g.isBranchPoint(id("c"))).isFalse();
      assertThat(g.isMergePoint(id("m"))).isTrue();
      assertThat(g.isMergePoint(id("c"))).isFalse();
      assertThat(g.get(id("m")).isMerge()).isTrue();
      assertThat(g.get(id("a")).isBase()).isTrue();
    }

    @Test
    void branchPoints_severalInTopologicalOrder() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c <- d
          c <- e
          a <- f
          """);

      assertThat(g.branchPoints()).containsExactlyElementsOf(ids("a c"));
      assertThat(g.mergePoints()).isEmpty();
    }

    @Test
    void children_branchPoint_returnsBothSortedById() {
      RevisionGraph g = Graphs.parse("""
          a <- z
          a <- b
          a <- m
          """);

      assertThat(g.children(id("a"))).containsExactlyElementsOf(ids("b m z"));
      assertThat(g.children(id("z"))).isEmpty();
      assertThat(g.isHead(id("z"))).isTrue();
      assertThat(g.isHead(id("a"))).isFalse();
    }

    @Test
    void children_mergeOfTwoParents_listedUnderEachParent() {
      RevisionGraph g = Graphs.parse(DIAMOND);

      assertThat(g.children(id("c"))).containsExactly(id("m"));
      assertThat(g.children(id("d"))).containsExactly(id("m"));
      assertThat(g.get(id("m")).parents()).containsExactly(id("c"), id("d"));
    }

    @Test
    void getFindContains_unknownId_areConsistent() {
      RevisionGraph g = Graphs.parse(DIAMOND);

      assertThat(g.contains(id("x"))).isTrue();
      assertThat(g.contains(id("nope"))).isFalse();
      assertThat(g.find(id("nope"))).isEmpty();
      assertThat(g.find(id("c"))).map(Revision::id).contains(id("c"));
      assertThatThrownBy(() -> g.get(id("nope"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ids_returnsEverythingSorted() {
      assertThat(Graphs.parse(DIAMOND).ids()).containsExactly("a", "b", "c", "d", "m", "x");
    }

    @Test
    void emptyGraph_hasNoHeadsNoBases() {
      RevisionGraph g = RevisionGraph.of(List.of());

      assertThat(g.size()).isZero();
      assertThat(g.heads()).isEmpty();
      assertThat(g.bases()).isEmpty();
      assertThat(g.topologicalOrder()).isEmpty();
    }
  }

  @Nested
  class Dependencies {
    private final RevisionGraph g = Graphs.parse("""
        a <- b
        c [label=lib]
        d {depends=lib}       # a base depending on a label
        b <- e {depends=c}    # depends on an id
        """);

    @Test
    void dependencies_labelAndId_resolvedToTheDeclaringRevision() {
      assertThat(g.dependencies(id("d"))).containsExactly(id("c"));
      assertThat(g.dependencies(id("e"))).containsExactly(id("c"));
      assertThat(g.dependencies(id("a"))).isEmpty();
      assertThat(g.get(id("d")).dependsOn()).containsExactly("lib");
    }

    @Test
    void dependents_revisionDependedOnTwice_listsBothSorted() {
      assertThat(g.dependents(id("c"))).containsExactlyElementsOf(ids("d e"));
      assertThat(g.dependents(id("e"))).isEmpty();
    }

    @Test
    void heads_dependsOnDoesNotMakeARevisionANonHead() {
      assertThat(g.heads()).containsExactlyElementsOf(ids("c d e"));
      assertThat(g.children(id("c"))).isEmpty();
    }

    @Test
    void effectiveHeads_dropsHeadsThatAnotherRevisionDependsOn() {
      assertThat(g.effectiveHeads()).containsExactlyElementsOf(ids("d e"));
    }

    @Test
    void effectiveHeads_noDependencies_equalsHeads() {
      RevisionGraph plain = Graphs.parse(DIAMOND + "\nb <- y");
      assertThat(plain.effectiveHeads()).isEqualTo(plain.heads()).containsExactlyElementsOf(ids("x y"));
    }

    @Test
    void dependencies_sameTargetTwiceByIdAndLabel_listedOnce() {
      RevisionGraph twice = Graphs.parse("""
          c [label=lib]
          d {depends=lib,c}
          """);

      assertThat(twice.dependencies(id("d"))).containsExactly(id("c"));
      assertThat(twice.dependents(id("c"))).containsExactly(id("d"));
    }
  }

  @Nested
  class Labels {
    @Test
    void labelsOf_labelOnBase_coversEveryDescendantIncludingBranches() {
      RevisionGraph g = Graphs.parse("""
          a [label=core] <- b <- c
          b <- d
          """);

      for (String each : List.of("a", "b", "c", "d")) {
        assertThat(g.labelsOf(id(each))).as(each).containsExactly("core");
      }
      assertThat(g.labelOwner("core")).contains(id("a"));
      assertThat(g.labels()).containsExactly("core");
    }

    @Test
    void labelsOf_straightLineAncestors_areCovered() {
      RevisionGraph g = Graphs.parse("a <- b <- c [label=feat] <- d");

      for (String each : List.of("a", "b", "c", "d")) {
        assertThat(g.labelsOf(id(each))).as(each).containsExactly("feat");
      }
    }

    @Test
    void labelsOf_ancestorWalk_stopsBeforeABranchPoint() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          b <- p <- q [label=feat] <- r
          """);

      assertThat(g.labelsOf(id("q"))).containsExactly("feat");
      assertThat(g.labelsOf(id("r"))).containsExactly("feat");
      assertThat(g.labelsOf(id("p"))).as("straight-line ancestor").containsExactly("feat");
      assertThat(g.labelsOf(id("b"))).as("branch point").isEmpty();
      assertThat(g.labelsOf(id("a"))).as("above the branch point").isEmpty();
      assertThat(g.labelsOf(id("c"))).as("sibling branch").isEmpty();
    }

    @Test
    void labelsOf_labelDirectlyOnAChildOfABranchPoint_doesNotCoverTheBranchPoint() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          b <- d [label=feat] <- e
          """);

      assertThat(g.labelsOf(id("d"))).containsExactly("feat");
      assertThat(g.labelsOf(id("e"))).containsExactly("feat");
      assertThat(g.labelsOf(id("b"))).isEmpty();
      assertThat(g.labelsOf(id("c"))).isEmpty();
    }

    @Test
    void labelsOf_ancestorWalk_stopsBeforeAMergePoint() {
      RevisionGraph g = Graphs.parse("""
          a <- m
          z <- m
          m <- n <- o [label=feat]
          """);

      assertThat(g.labelsOf(id("o"))).containsExactly("feat");
      assertThat(g.labelsOf(id("n"))).containsExactly("feat");
      assertThat(g.labelsOf(id("m"))).as("merge point").isEmpty();
      assertThat(g.labelsOf(id("a"))).isEmpty();
      assertThat(g.labelsOf(id("z"))).isEmpty();
    }

    @Test
    void labelsOf_descendantMerge_isCoveredButTheOtherParentIsNot() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          b <- d [label=feat]
          c,d <- m <- n
          """);

      assertThat(g.labelsOf(id("m"))).containsExactly("feat");
      assertThat(g.labelsOf(id("n"))).containsExactly("feat");
      assertThat(g.labelsOf(id("c"))).isEmpty();
      assertThat(g.labelsOf(id("b"))).isEmpty();
    }

    @Test
    void labelsOf_overlappingLabels_revisionCarriesBoth() {
      RevisionGraph g = Graphs.parse("""
          a [label=core] <- b <- c
          b <- d [label=feat] <- e
          """);

      assertThat(g.labelsOf(id("e"))).containsExactlyInAnyOrder("core", "feat");
      assertThat(g.labelsOf(id("d"))).containsExactlyInAnyOrder("core", "feat");
      assertThat(g.labelsOf(id("c"))).containsExactly("core");
      assertThat(g.labelsOf(id("b"))).containsExactly("core");
      assertThat(g.labels()).containsExactlyInAnyOrder("core", "feat");
    }

    @Test
    void labelsOf_twoLabelsOnOneRevision_bothCover() {
      RevisionGraph g = Graphs.parse("a [label=x,y] <- b");

      assertThat(g.labelsOf(id("b"))).containsExactlyInAnyOrder("x", "y");
      assertThat(g.labelOwner("x")).contains(id("a"));
      assertThat(g.labelOwner("y")).contains(id("a"));
    }

    @Test
    void labelsOf_unlabelledGraph_isEmpty() {
      RevisionGraph g = Graphs.parse(DIAMOND);

      assertThat(g.labels()).isEmpty();
      assertThat(g.labelsOf(id("m"))).isEmpty();
      assertThat(g.labelOwner("m")).isEmpty();
    }

    @Test
    void labelsOf_dependsOnEdges_doNotSpreadLabels() {
      RevisionGraph g = Graphs.parse("""
          a [label=core] <- b
          x <- y {depends=b}
          """);

      assertThat(g.labelsOf(id("y"))).isEmpty();
      assertThat(g.labelsOf(id("x"))).isEmpty();
    }
  }

  @Nested
  class Prefixes {
    private final RevisionGraph g = Graphs.parse("""
        abc1 <- abc2 <- abd0
        b000
        """);

    @Test
    void withPrefix_sharedPrefix_returnsAllMatchesSorted() {
      assertThat(g.withPrefix("abc")).containsExactlyElementsOf(ids("abc1 abc2"));
      assertThat(g.withPrefix("ab")).containsExactlyElementsOf(ids("abc1 abc2 abd0"));
    }

    @Test
    void withPrefix_fullId_returnsJustIt() {
      assertThat(g.withPrefix("abc1")).containsExactly(id("abc1"));
      assertThat(g.withPrefix("b000")).containsExactly(id("b000"));
    }

    @Test
    void withPrefix_noMatchOrLongerThanAnId_returnsEmpty() {
      assertThat(g.withPrefix("abc10")).isEmpty();
      assertThat(g.withPrefix("zz")).isEmpty();
      assertThat(g.withPrefix("0")).isEmpty();
      assertThat(g.withPrefix("abe")).isEmpty();
    }

    @Test
    void withPrefix_empty_returnsEverything() {
      assertThat(g.withPrefix("")).hasSize(4);
    }
  }

  @Nested
  class Order {
    @Test
    void topologicalOrder_parentsAndDependenciesFirst() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          b <- d
          c,d <- m
          z {depends=m}
          c <- y {depends=z}
          """);

      List<RevisionId> order = g.topologicalOrder();
      assertThat(order).hasSize(g.size()).doesNotHaveDuplicates();
      for (RevisionId rev : order) {
        for (RevisionId before : g.get(rev).parents()) {
          assertThat(order.indexOf(before)).as(before + " before " + rev).isLessThan(order.indexOf(rev));
        }
        for (RevisionId before : g.dependencies(rev)) {
          assertThat(order.indexOf(before)).as(before + " before " + rev).isLessThan(order.indexOf(rev));
        }
      }
    }

    @Test
    void topologicalOrder_branchEmittedAsOneRunTiesById() {
      RevisionGraph g = Graphs.parse("""
          a <- d <- e
          a <- b <- c
          """);

      assertThat(g.topologicalOrder()).containsExactlyElementsOf(ids("a b c d e"));
    }

    @Test
    void topologicalOrder_shuffledInsertionOrder_isTheSame() {
      List<Revision> revisions = Graphs.revisions("""
          a <- b <- c <- d
          b <- e <- f
          d,f <- m <- n
          x <- y {depends=c}
          q [label=lib] <- r
          n <- s {depends=lib}
          """);
      List<RevisionId> expected = RevisionGraph.of(revisions).topologicalOrder();
      Random random = new Random(42);
      for (int i = 0; i < 50; i++) {
        List<Revision> shuffled = new ArrayList<>(revisions);
        Collections.shuffle(shuffled, random);
        RevisionGraph g = RevisionGraph.of(shuffled);
        assertThat(g.topologicalOrder()).as("shuffle %d", i).isEqualTo(expected);
        assertThat(g.heads()).isEqualTo(RevisionGraph.of(revisions).heads());
      }
      List<Revision> reversed = new ArrayList<>(revisions);
      Collections.reverse(reversed);
      assertThat(RevisionGraph.of(reversed).topologicalOrder()).isEqualTo(expected);
    }
  }

  @Nested
  class Walks {
    private final RevisionGraph g = Graphs.parse("""
        a <- b <- c
        b <- d
        c,d <- m
        z {depends=c}
        """);
    private final Traversal t = new Traversal(g);

    @Test
    void ancestorsOrSelf_parentsOnly_followsRevises() {
      assertThat(t.ancestorsOrSelf(List.of(id("m")), Traversal.Edges.PARENTS))
          .containsExactlyInAnyOrderElementsOf(ids("a b c d m"));
      assertThat(t.ancestorsOrSelf(List.of(id("z")), Traversal.Edges.PARENTS)).containsExactly(id("z"));
    }

    @Test
    void ancestorsOrSelf_withDependencies_followsDependsOn() {
      assertThat(t.ancestorsOrSelf(List.of(id("z")), Traversal.Edges.PARENTS_AND_DEPENDENCIES))
          .containsExactlyInAnyOrderElementsOf(ids("a b c z"));
    }

    @Test
    void descendantsOrSelf_bothEdgeKinds() {
      assertThat(t.descendantsOrSelf(List.of(id("c")), Traversal.Edges.PARENTS))
          .containsExactlyInAnyOrderElementsOf(ids("c m"));
      assertThat(t.descendantsOrSelf(List.of(id("c")), Traversal.Edges.PARENTS_AND_DEPENDENCIES))
          .containsExactlyInAnyOrderElementsOf(ids("c m z"));
      assertThat(t.descendantsOrSelf(List.of(id("d")), Traversal.Edges.PARENTS))
          .containsExactlyInAnyOrderElementsOf(ids("d m"));
    }

    @Test
    void inOrder_returnsTheSubsetInTopologicalOrder() {
      List<RevisionId> subset = t.inOrder(Set.of(id("m"), id("a"), id("d")));

      assertThat(subset).containsExactlyElementsOf(ids("a d m"));
    }
  }
}
