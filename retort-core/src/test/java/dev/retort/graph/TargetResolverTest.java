package dev.retort.graph;

import static dev.retort.graph.Graphs.id;
import static dev.retort.graph.Graphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TargetResolverTest {

  /** Resolves without a database. */
  static Resolved resolve(RevisionGraph g, String target) {
    return new TargetResolver(g, null).resolve(target);
  }

  /** Resolves with the given version-table rows. */
  static Resolved resolve(RevisionGraph g, String current, String target) {
    return new TargetResolver(g, ids(current)).resolve(target);
  }

  static void assertRevisions(Resolved resolved, String expected) {
    assertThat(resolved.base()).as("base").isFalse();
    assertThat(resolved.branch()).isNull();
    assertThat(resolved.ids()).containsExactlyElementsOf(ids(expected));
  }

  static void assertBase(Resolved resolved) {
    assertThat(resolved.base()).as("base").isTrue();
    assertThat(resolved.ids()).isEmpty();
  }

  @Nested
  class Keywords {
    private final RevisionGraph linear = Graphs.parse("a <- b <- c");
    private final RevisionGraph forked = Graphs.parse("""
        a <- b <- c
        b <- d
        """);

    @Test
    void head_singleHead_resolvesToIt() {
      assertRevisions(resolve(linear, "head"), "c");
      assertThat(resolve(linear, "head").single()).isEqualTo(id("c"));
    }

    @Test
    void head_twoHeads_throwsG002ListingBothAndTheFix() {
      assertThatThrownBy(() -> resolve(forked, "head"))
          .isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G002);
            assertThat(e.summary()).contains("2 heads").contains("'head'");
            assertThat(e.details()).hasSize(2);
            assertThat(e.details().get(0)).startsWith("c ");
            assertThat(e.details().get(1)).startsWith("d ");
            assertThat(e.hint()).contains("merge heads").contains("upgrade heads").contains("@head");
          });
    }

    @Test
    void head_threeHeadsAcrossTwoBases_listsAllThree() {
      RevisionGraph g = Graphs.parse("""
          a <- b
          a <- c
          x
          """);

      assertThatThrownBy(() -> resolve(g, "head"))
          .isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
            assertThat(e.summary()).startsWith("3 heads");
            assertThat(String.join("\n", e.details())).contains("b ").contains("c ").contains("x ");
          });
    }

    @Test
    void heads_returnsEveryHead() {
      assertRevisions(resolve(forked, "heads"), "c d");
      assertRevisions(resolve(linear, "heads"), "c");
    }

    @Test
    void heads_includesAHeadThatIsOnlyDependedOn() {
      RevisionGraph g = Graphs.parse("""
          a <- b {depends=x}
          x
          """);

      assertRevisions(resolve(g, "heads"), "b x");
    }

    @Test
    void base_isNothingApplied() {
      Resolved resolved = resolve(forked, "base");

      assertBase(resolved);
      assertThat(resolved.branch()).isNull();
      assertThatThrownBy(resolved::single).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resolved_idsAreSortedAndDistinct_singleNeedsExactlyOne() {
      Resolved resolved = new Resolved(ids("c a c"), false, null);

      assertThat(resolved.ids()).containsExactlyElementsOf(ids("a c"));
      assertThatThrownBy(resolved::single).isInstanceOf(IllegalStateException.class);
      assertThat(new Resolved(ids("b b"), false, null).single()).isEqualTo(id("b"));
    }

    @Test
    void current_withDatabase_returnsTheRows() {
      assertRevisions(resolve(forked, "c d", "current"), "c d");
    }

    @Test
    void current_withoutDatabase_throwsG010() {
      assertThatThrownBy(() -> resolve(forked, "current"))
          .isInstanceOfSatisfying(NeedsDatabaseException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.G010));
    }
  }

  @Nested
  class Ids {
    private final RevisionGraph g = Graphs.parse("""
        abcd1234 <- abcd5678 <- abce0000 <- f00d
        abcd5678 <- 9f8e7d6c [label=feat]
        """);

    @Test
    void fullId_resolvesToIt() {
      assertRevisions(resolve(g, "abcd1234"), "abcd1234");
      assertRevisions(resolve(g, "f00d"), "f00d");
    }

    @Test
    void uniquePrefix_ofFourOrMore_resolves() {
      assertRevisions(resolve(g, "abce"), "abce0000");
      assertRevisions(resolve(g, "abcd5"), "abcd5678");
      assertRevisions(resolve(g, "9f8e7d"), "9f8e7d6c");
    }

    @Test
    void ambiguousPrefix_throwsG005WithExactlyTheCandidates() {
      assertThatThrownBy(() -> resolve(g, "abcd"))
          .isInstanceOfSatisfying(AmbiguousPrefixException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G005);
            assertThat(e.candidates()).containsExactlyElementsOf(ids("abcd1234 abcd5678"));
            assertThat(e.summary()).contains("'abcd'").contains("2 revisions");
            assertThat(e.details()).singleElement().asString()
                .contains("abcd1234").contains("abcd5678").doesNotContain("abce0000");
            assertThat(e.hint()).isNotEmpty();
          });
    }

    @Test
    void prefixShorterThanFour_resolvesWhenUnique_asInAlembic() {
      assertRevisions(resolve(g, "9f8"), "9f8e7d6c");
      assertRevisions(resolve(g, "9"), "9f8e7d6c");
      assertThatThrownBy(() -> resolve(g, "abc"))
          .isInstanceOfSatisfying(AmbiguousPrefixException.class,
              e -> assertThat(e.candidates()).containsExactlyElementsOf(ids("abcd1234 abcd5678 abce0000")));
    }

    @Test
    void unknownId_closeToAnExistingOne_suggestsIt() {
      assertThatThrownBy(() -> resolve(g, "abce0001"))
          .isInstanceOfSatisfying(UnknownRevisionException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G004);
            assertThat(e.summary()).contains("'abce0001'");
            assertThat(e.details()).singleElement().asString().contains("did you mean").contains("abce0000");
            assertThat(e.hint()).contains("retort history");
          });
    }

    @Test
    void unknownId_nothingSimilar_hasNoSuggestion() {
      assertThatThrownBy(() -> resolve(g, "zzzzzzzzzzzz"))
          .isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.details()).isEmpty());
    }

    @Test
    void unknownLabel_suggestsTheNearLabel() {
      assertThatThrownBy(() -> resolve(g, "faet"))
          .isInstanceOfSatisfying(UnknownRevisionException.class,
              e -> assertThat(String.join("\n", e.details())).contains("feat"));
    }

    @Test
    void fullIdThatIsAlsoAPrefixOfAnother_resolvesToTheExactId() {
      RevisionGraph shared = Graphs.parse("abcd <- abcdef");

      assertRevisions(resolve(shared, "abcd"), "abcd");
      assertRevisions(resolve(shared, "abcde"), "abcdef");
    }

    @Test
    void labelAlone_resolvesToTheRevisionDeclaringIt() {
      assertRevisions(resolve(g, "feat"), "9f8e7d6c");
    }
  }

  @Nested
  class Branches {
    /** feat starts below the branch point a; main is a labelled base. */
    private final RevisionGraph g = Graphs.parse("""
        a [label=main] <- b <- c
        a <- dddd1 [label=feat] <- e
        b <- dddd2
        """);

    @Test
    void labelAtHead_resolvesToTheBranchHead() {
      assertRevisions(resolve(g, "feat@head"), "e");
    }

    @Test
    void labelAtHead_branchWithTwoHeads_throwsG002WithHintToNameOne() {
      assertThatThrownBy(() -> resolve(g, "main@head"))
          .isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G002);
            assertThat(e.summary()).contains("'main@head'");
            assertThat(e.details()).hasSize(3);
            assertThat(e.hint()).contains("explicitly");
          });
    }

    @Test
    void labelAtBase_isABaseOfTheBranchWhoseIdsAreItsRoots() {
      Resolved resolved = resolve(g, "feat@base");

      assertThat(resolved.base()).isTrue();
      assertThat(resolved.branch()).isEqualTo("feat");
      assertThat(resolved.ids()).containsExactly(id("dddd1"));
    }

    @Test
    void labelAtBase_labelledBase_rootIsTheBase() {
      Resolved resolved = resolve(g, "main@base");

      assertThat(resolved.base()).isTrue();
      assertThat(resolved.branch()).isEqualTo("main");
      assertThat(resolved.ids()).containsExactly(id("a"));
    }

    @Test
    void labelAtBase_straightLineAncestorsBelongToTheBranch() {
      RevisionGraph linear = Graphs.parse("a <- b <- c [label=feat] <- d");

      assertThat(resolve(linear, "feat@base").ids()).containsExactly(id("a"));
    }

    @Test
    void idAtBase_isABaseWhoseIdsAreTheBasesBelowTheId() {
      RevisionGraph two = Graphs.parse("""
          a <- b <- m
          x <- m
          p <- q
          """);

      Resolved resolved = resolve(two, "m@base");

      assertThat(resolved.base()).isTrue();
      assertThat(resolved.branch()).isNull();
      assertThat(resolved.ids()).containsExactlyElementsOf(ids("a x"));
      assertThat(resolve(two, "q@base").ids()).containsExactly(id("p"));
    }

    @Test
    void labelAtId_insideTheBranch_resolves() {
      assertRevisions(resolve(g, "feat@e"), "e");
      assertRevisions(resolve(g, "feat@dddd1"), "dddd1");
      assertRevisions(resolve(g, "main@c"), "c");
    }

    @Test
    void labelAtId_outsideTheBranch_throwsG004NamingTheBranch() {
      assertThatThrownBy(() -> resolve(g, "feat@c"))
          .isInstanceOfSatisfying(UnknownRevisionException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G004);
            assertThat(e.summary()).contains("feat@c");
            assertThat(e.details()).anySatisfy(d -> assertThat(d).contains("not on branch 'feat'"));
          });
    }

    @Test
    void labelAtPrefix_ambiguousGloballyButUniqueInTheBranch_resolves() {
      assertThatThrownBy(() -> resolve(g, "dddd")).isInstanceOf(AmbiguousPrefixException.class);
      assertRevisions(resolve(g, "feat@dddd"), "dddd1");
    }

    @Test
    void labelAtPrefix_onlyMatchOutsideTheBranch_isUnknown() {
      assertThatThrownBy(() -> resolve(g, "feat@dddd2")).isInstanceOf(UnknownRevisionException.class);
    }

    @Test
    void unknownLabel_atId_isUnknown() {
      assertThatThrownBy(() -> resolve(g, "nope@e"))
          .isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.summary()).contains("nope"));
      assertThatThrownBy(() -> resolve(g, "nope@head")).isInstanceOf(UnknownRevisionException.class);
    }

    @Test
    void idAtHead_singleHeadAbove_resolvesToIt() {
      assertRevisions(resolve(g, "dddd1@head"), "e");
      assertRevisions(resolve(g, "c@head"), "c");
      assertRevisions(resolve(g, "dddd2@head"), "dddd2");
    }

    @Test
    void idAtHead_byPrefix_resolves() {
      RevisionGraph h = Graphs.parse("abcd1234 <- abcd5678 <- ffff0000");

      assertRevisions(resolve(h, "abcd5@head"), "ffff0000");
    }

    @Test
    void idAtHead_severalHeadsAbove_throwsG002ListingThem() {
      assertThatThrownBy(() -> resolve(g, "b@head"))
          .isInstanceOfSatisfying(MultipleHeadsException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G002);
            assertThat(e.summary()).startsWith("2 heads").contains("'b@head'");
            assertThat(e.details()).hasSize(2);
            assertThat(e.details().get(0)).startsWith("c ");
            assertThat(e.details().get(1)).startsWith("dddd2 ");
          });
    }
  }
}
