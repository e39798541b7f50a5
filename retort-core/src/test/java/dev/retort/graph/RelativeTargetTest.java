package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.TargetResolverTest.assertBase;
import static dev.retort.graph.TargetResolverTest.assertRevisions;
import static dev.retort.graph.TargetResolverTest.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The relative target forms: {@code +N}, {@code -N}, {@code <label>@+N}, {@code <target>+N}, {@code <target>-N}. */
class RelativeTargetTest {

  @Nested
  class RelativeToCurrent {
    private final RevisionGraph linear = Graphs.parse("a <- b <- c <- d");

    @Test
    void plusN_walksUpFromTheCurrentRevision() {
      assertRevisions(resolve(linear, "b", "+1"), "c");
      assertRevisions(resolve(linear, "b", "+2"), "d");
    }

    @Test
    void plusN_pastTheHead_throwsG008() {
      assertThatThrownBy(() -> resolve(linear, "b", "+3"))
          .isInstanceOfSatisfying(RelativeRangeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G008);
            assertThat(e.summary()).contains("'+3'").contains("3 steps");
          });
    }

    @Test
    void plusN_fromAnEmptyDatabase_startsAtTheBase() {
      assertRevisions(resolve(linear, "", "+1"), "a");
      assertRevisions(resolve(linear, "", "+4"), "d");
    }

    @Test
    void minusN_walksDownAndOneBelowTheBaseIsBase() {
      assertRevisions(resolve(linear, "c", "-1"), "b");
      assertRevisions(resolve(linear, "c", "-2"), "a");
      assertBase(resolve(linear, "c", "-3"));
    }

    @Test
    void minusN_furtherThanBase_throwsG008() {
      assertThatThrownBy(() -> resolve(linear, "c", "-4"))
          .isInstanceOfSatisfying(RelativeRangeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G008);
            assertThat(e.summary()).contains("'-4'");
          });
    }

    @Test
    void minusN_fromAnEmptyDatabase_throwsG008() {
      assertThatThrownBy(() -> resolve(linear, "", "-1")).isInstanceOf(RelativeRangeException.class);
    }

    @Test
    void relative_withoutDatabase_throwsG010() {
      RevisionGraph labelled = Graphs.parse("a <- b [label=feat] <- c");
      for (String target : List.of("+1", "-1", "feat@+1", "feat@-1")) {
        assertThatThrownBy(() -> resolve(labelled, target))
            .as(target)
            .isInstanceOfSatisfying(NeedsDatabaseException.class, e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.G010);
              assertThat(e.summary()).contains("'" + target + "'");
              assertThat(e.hint()).contains("head-1");
            });
      }
    }

    @Test
    void plusOne_atABranchPoint_throwsG006ListingTheChildren() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          b <- d
          """);

      assertThatThrownBy(() -> resolve(g, "b", "+1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G006);
            assertThat(e.candidates()).containsExactlyElementsOf(ids("c d"));
            assertThat(e.summary()).contains("'+1'").contains("b is a branch point");
            assertThat(e.details()).singleElement().asString().contains("c, d");
          });
    }

    @Test
    void plusOne_fromSeveralCurrentRows_throwsG006ListingThem() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          b <- d
          """);

      assertThatThrownBy(() -> resolve(g, "c d", "+1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class,
              e -> assertThat(e.candidates()).containsExactlyElementsOf(ids("c d")));
      assertThatThrownBy(() -> resolve(g, "c d", "-1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class,
              e -> assertThat(e.candidates()).containsExactlyElementsOf(ids("c d")));
    }

    @Test
    void plusOne_fromEmptyDatabaseWithTwoBases_throwsG006ListingTheBases() {
      RevisionGraph g = Graphs.parse("""
          a <- b
          x <- y
          """);

      assertThatThrownBy(() -> resolve(g, "", "+1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
            assertThat(e.candidates()).containsExactlyElementsOf(ids("a x"));
            assertThat(e.summary()).contains("several bases");
          });
    }

    @Test
    void minusOne_atAMerge_throwsG006ListingTheParents() {
      RevisionGraph g = Graphs.parse("""
          a <- c
          a <- b
          c,b <- m
          """);

      assertThatThrownBy(() -> resolve(g, "m", "-1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
            assertThat(e.candidates()).containsExactlyElementsOf(ids("b c"));
            assertThat(e.summary()).contains("m is a merge point");
          });
    }
  }

  @Nested
  class RelativeInABranch {
    /** feat branches off the branch point a, as {@code retort revision --head a --branch-label feat} makes it. */
    private final RevisionGraph g = Graphs.parse("""
        a <- b <- c
        a <- d [label=feat] <- e <- f
        """);

    @Test
    void labelAtPlusN_movesOnlyTheBranchRow() {
      assertRevisions(resolve(g, "b d", "feat@+1"), "e");
      assertRevisions(resolve(g, "b d", "feat@+2"), "f");
      assertRevisions(resolve(g, "c e", "feat@+1"), "f");
    }

    @Test
    void labelAtMinusN_movesOnlyTheBranchRow() {
      assertRevisions(resolve(g, "c f", "feat@-1"), "e");
      assertRevisions(resolve(g, "c f", "feat@-3"), "a");
    }

    @Test
    void labelAtMinusN_carriesTheLabelAsItsDowngradeScope_otherRelativeTargetsDoNot() {
      assertThat(resolve(g, "c f", "feat@-3").downgradeScope().name()).isEqualTo("feat");
      assertThat(resolve(g, "c f", "feat@-1").downgradeScope().revision()).isEqualTo(RevisionId.of("d"));
      assertThat(resolve(g, "c f", "f-3").downgradeScope()).isNull();
      assertThat(resolve(g, "f", "-3").downgradeScope()).isNull();
      assertThat(resolve(g, "c f", "feat@+0").downgradeScope()).isNull();
    }

    @Test
    void labelAtMinusN_toBase_isAScopedBase() {
      Resolved resolved = resolve(g, "c f", "feat@-4");
      assertBase(resolved);
      assertThat(resolved.downgradeScope()).isEqualTo(new DowngradeScope("feat", RevisionId.of("d"), true));
    }

    @Test
    void targetsWrittenWithABranch_carryItAsTheirDowngradeScope() {
      // as in Alembic, whose downgrade passes the part before '@' on as the branch
      DowngradeScope feat = new DowngradeScope("feat", RevisionId.of("d"), true);
      assertThat(resolve(g, "c f", "feat@e").downgradeScope()).isEqualTo(feat);
      assertThat(resolve(g, "c f", "feat@a").downgradeScope()).isEqualTo(feat);
      assertThat(resolve(g, "c f", "feat@e-1").downgradeScope()).isEqualTo(feat);
      assertThat(resolve(g, "c f", "feat@head-2").downgradeScope()).isEqualTo(feat);
      assertThat(resolve(g, "c f", "feat@base+1").downgradeScope()).isEqualTo(feat);
      // a revision before '@' scopes to that revision
      assertThat(resolve(g, "c f", "e@head-3").downgradeScope()).isEqualTo(new DowngradeScope("e", RevisionId.of("e"), false));
      // <label>@head has nothing above it, <label>@base names its branch's roots itself
      assertThat(resolve(g, "c f", "feat@head").downgradeScope()).isNull();
      assertThat(resolve(g, "c f", "feat@base").downgradeScope()).isNull();
      assertThat(resolve(g, "c f", "e-1").downgradeScope()).isNull();
    }

    @Test
    void labelAtMinusN_fromARowOnTheLineageBelowTheBranch_walksFromThatRow() {
      // Alembic starts from the version row that shares feat's lineage: a is an ancestor of d
      assertBase(resolve(g, "a", "feat@-1"));
      RevisionGraph belowMerge = Graphs.parse("""
          a <- b
          z <- y
          b,z <- m [label=lm]
          """);
      assertRevisions(resolve(belowMerge, "b y", "lm@-1"), "a");
    }

    @Test
    void labelAtMinusN_withTwoRowsOnTheLineage_throwsG006() {
      RevisionGraph fork = Graphs.parse("""
          l [label=legacy] <- m <- x
          m <- y
          """);
      assertThatThrownBy(() -> resolve(fork, "x y", "legacy@-1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> assertThat(e.candidates()).containsExactlyElementsOf(ids("x y")));
    }

    @Test
    void labelAtPlusN_pastTheBranchHead_throwsG008() {
      assertThatThrownBy(() -> resolve(g, "b d", "feat@+3")).isInstanceOf(RelativeRangeException.class);
    }

    @Test
    void labelAtPlusN_fromTheBranchPointBelowTheBranch_entersTheBranch() {
      // Alembic: the current revision a shares the lineage of feat, so feat@+1 is d.
      assertRevisions(resolve(g, "a", "feat@+1"), "d");
      assertRevisions(resolve(g, "a", "feat@+2"), "e");
    }

    @Test
    void labelAtPlusN_whenOnlyTheOtherBranchIsApplied_startsAtTheSharedAncestor() {
      // Alembic backtracks to the applied revisions on feat's lineage (a), not to base.
      assertRevisions(resolve(g, "c", "feat@+1"), "d");
    }

    @Test
    void labelAtPlusN_whenTheBranchIsAppliedOnlyAsADependency_startsAtItsNewestAppliedRevision() {
      // As in Alembic (found by compat/differential.py): y depends on b, so a and b are applied
      // and feat@+1 is c, not a walk from base that ends on the applied a and does nothing.
      RevisionGraph dep = Graphs.parse("""
          a [label=feat] <- b <- c
          x <- y {depends=b}
          """);

      assertRevisions(resolve(dep, "y", "feat@+1"), "c");
    }

    @Test
    void labelAtPlusN_fromAnEmptyDatabase_walksUpTheBranchLineage() {
      assertRevisions(resolve(g, "", "feat@+1"), "a");
      assertRevisions(resolve(g, "", "feat@+2"), "d");
    }

    @Test
    void labelAtPlusN_branchWithItsOwnBase_fromAnEmptyDatabase() {
      RevisionGraph two = Graphs.parse("""
          a <- b
          x [label=feat] <- y
          """);

      assertRevisions(resolve(two, "", "feat@+1"), "x");
      assertRevisions(resolve(two, "b", "feat@+2"), "y");
    }

    @Test
    void labelAtPlusN_unknownLabel_isUnknown() {
      assertThatThrownBy(() -> resolve(g, "b", "nope@+1")).isInstanceOf(UnknownRevisionException.class);
    }
  }

  /** {@code <id>@+N} and {@code <id>@-N}: a revision before '@' stands for its branch, its lineage. */
  @Nested
  class RelativeInTheBranchOfARevision {
    private final RevisionGraph g = Graphs.parse("""
        a <- b <- c
        a <- d <- e <- f
        """);

    @Test
    void idAtPlusN_walksUpTheLineageOfThatRevisionFromItsRow() {
      assertRevisions(resolve(g, "b d", "e@+1"), "e");
      assertRevisions(resolve(g, "b d", "f@+2"), "f");
    }

    @Test
    void idAtPlusN_withNoRowOnTheLineage_startsAtItsNewestAppliedRevision() {
      // Alembic backtracks from c to a, the applied revision shared with f's lineage
      assertRevisions(resolve(g, "c", "f@+1"), "d");
      assertRevisions(resolve(g, "", "f@+2"), "d");
    }

    @Test
    void idAtMinusN_walksDownFromTheRowOnTheLineage_scopedToThatRevision() {
      Resolved resolved = resolve(g, "c f", "e@-2");
      assertRevisions(resolved, "d");
      assertThat(resolved.downgradeScope()).isEqualTo(new DowngradeScope("e", RevisionId.of("e"), false));
      assertRevisions(resolve(g, "c f", "d@-3"), "a");
      assertRevisions(resolve(g, "c f", "b@-1"), "b");
    }

    @Test
    void idAtMinusN_whenTheLineageIsAppliedOnlyAsADependency_startsAtItsNewestAppliedRevision() {
      RevisionGraph dep = Graphs.parse("""
          a <- b <- c
          x <- y {depends=b}
          """);

      assertRevisions(resolve(dep, "y", "c@-1"), "a");
      assertRevisions(resolve(dep, "y", "c@+1"), "c");
    }

    @Test
    void idAtPlusOrMinusN_withTwoRowsOnTheLineage_throwsG006() {
      for (String target : List.of("a@+1", "a@-1")) {
        assertThatThrownBy(() -> resolve(g, "c f", target))
            .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> assertThat(e.candidates()).containsExactlyElementsOf(ids("c f")));
      }
    }

    @Test
    void prefixAtPlusN_standsForTheRevisionItNames() {
      RevisionGraph long_ = Graphs.parse("""
          abcd1234 <- abcd5678 <- ffff0000
          abcd1234 <- eeee0000
          """);

      assertRevisions(resolve(long_, "eeee0000", "ffff@+1"), "abcd5678");
      assertThatThrownBy(() -> resolve(long_, "", "abcd@+1")).isInstanceOf(AmbiguousPrefixException.class);
    }

    @Test
    void unknownRevisionAtPlusOrMinusN_throwsG004() {
      for (String target : List.of("zzzz@+1", "zzzz@-1")) {
        assertThatThrownBy(() -> resolve(g, "c", target))
            .isInstanceOfSatisfying(UnknownRevisionException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.G004));
      }
    }
  }

  @Nested
  class RelativeToATarget {
    private final RevisionGraph linear = Graphs.parse("a <- b <- c <- d");

    @Test
    void headMinusN_needsNoDatabase() {
      assertRevisions(resolve(linear, "head-1"), "c");
      assertRevisions(resolve(linear, "head-3"), "a");
      assertBase(resolve(linear, "head-4"));
    }

    @Test
    void headMinusN_pastBase_throwsG008() {
      assertThatThrownBy(() -> resolve(linear, "head-5"))
          .isInstanceOfSatisfying(RelativeRangeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.G008));
    }

    @Test
    void idPlusAndMinusN() {
      assertRevisions(resolve(linear, "b+1"), "c");
      assertRevisions(resolve(linear, "b+2"), "d");
      assertRevisions(resolve(linear, "b-1"), "a");
      assertBase(resolve(linear, "a-1"));
      assertRevisions(resolve(linear, "b+0"), "b");
    }

    @Test
    void prefixPlusN() {
      RevisionGraph g = Graphs.parse("abcd1234 <- abcd5678 <- ffff0000");

      assertRevisions(resolve(g, "abcd1+1"), "abcd5678");
      assertRevisions(resolve(g, "ffff-2"), "abcd1234");
    }

    @Test
    void idPlusN_pastTheHead_throwsG008() {
      assertThatThrownBy(() -> resolve(linear, "d+1")).isInstanceOf(RelativeRangeException.class);
      assertThatThrownBy(() -> resolve(linear, "b+3")).isInstanceOf(RelativeRangeException.class);
    }

    @Test
    void idMinusN_twoBelowABase_throwsG008() {
      assertThatThrownBy(() -> resolve(linear, "a-2"))
          .isInstanceOfSatisfying(RelativeRangeException.class, e -> assertThat(e.summary()).contains("'a-2'"));
    }

    @Test
    void basePlusN_walksUpFromTheSingleBase() {
      assertRevisions(resolve(linear, "base+1"), "a");
      assertRevisions(resolve(linear, "base+3"), "c");
      assertThatThrownBy(() -> resolve(linear, "base-1")).isInstanceOf(RelativeRangeException.class);
    }

    @Test
    void idPlusOne_atABranchPoint_throwsG006() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          b <- d
          """);

      assertThatThrownBy(() -> resolve(g, "b+1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G006);
            assertThat(e.candidates()).containsExactlyElementsOf(ids("c d"));
            assertThat(e.hint()).contains("c");
          });
      assertThatThrownBy(() -> resolve(g, "a+2")).isInstanceOf(AmbiguousWalkException.class);
      assertRevisions(resolve(g, "a+1"), "b");
    }

    @Test
    void idMinusOne_atAMerge_throwsG006ListingTheParents() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- m
          a <- c
          c <- m <- n
          """);

      assertThatThrownBy(() -> resolve(g, "m-1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G006);
            assertThat(e.candidates()).containsExactlyElementsOf(ids("b c"));
          });
      assertThatThrownBy(() -> resolve(g, "head-2")).isInstanceOf(AmbiguousWalkException.class);
      assertRevisions(resolve(g, "head-1"), "m");
    }

    @Test
    void headsMinusOne_severalHeads_throwsG006() {
      RevisionGraph g = Graphs.parse("""
          a <- b
          a <- c
          """);

      assertThatThrownBy(() -> resolve(g, "heads-1"))
          .isInstanceOfSatisfying(AmbiguousWalkException.class,
              e -> assertThat(e.candidates()).containsExactlyElementsOf(ids("b c")));
      assertThatThrownBy(() -> resolve(g, "head-1")).isInstanceOf(MultipleHeadsException.class);
    }

    @Test
    void labelAtHeadMinusN_walksDownFromTheBranchHead() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          a <- d [label=feat] <- e <- f
          """);

      assertRevisions(resolve(g, "feat@head-1"), "e");
      assertRevisions(resolve(g, "feat@head-3"), "a");
      assertRevisions(resolve(g, "feat@e+1"), "f");
    }

    @Test
    void labelAtBasePlusN_entersTheBranchAtItsRoot() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          a <- d [label=feat] <- e <- f
          x [label=solo] <- y
          """);

      assertRevisions(resolve(g, "feat@base+1"), "d");
      assertRevisions(resolve(g, "feat@base+3"), "f");
      assertRevisions(resolve(g, "solo@base+2"), "y");
      assertThatThrownBy(() -> resolve(g, "feat@base+4")).isInstanceOf(RelativeRangeException.class);
      assertThatThrownBy(() -> resolve(g, "feat@base-1")).isInstanceOf(RelativeRangeException.class);
    }

    @Test
    void idAtBasePlusN_startsFromTheBaseBelowTheId() {
      RevisionGraph g = Graphs.parse("""
          a <- b <- c
          x <- y
          """);

      assertRevisions(resolve(g, "c@base+1"), "a");
      assertRevisions(resolve(g, "y@base+2"), "y");
    }
  }
}
