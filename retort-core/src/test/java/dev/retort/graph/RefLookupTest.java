package dev.retort.graph;

import static dev.retort.graph.Graphs.ids;
import static dev.retort.graph.TargetResolverTest.assertRevisions;
import static dev.retort.graph.TargetResolverTest.resolve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Partial ids as Alembic 1.20 resolves them ({@code RevisionMap._revision_for_ident}): after an
 * exact id and a label, every id or label longer than 3 characters that starts with the text,
 * whatever the text's length.
 */
class RefLookupTest {

  @Nested
  class NumberedIds {
    private final RevisionGraph numbered = Graphs.parse("""
        001 <- 002 <- 003 <- 004_add_x <- 011_hash_dedup_fields
        """);

    @Test
    void threeCharacterPrefix_ofTheOneLongId_resolvesToIt() {
      assertRevisions(resolve(numbered, "004"), "004_add_x");
      assertRevisions(resolve(numbered, "011"), "011_hash_dedup_fields");
    }

    @Test
    void exactShortId_winsOverALongerIdItStarts() {
      RevisionGraph g = Graphs.parse("004 <- 004_add_x");

      assertRevisions(resolve(g, "004"), "004");
      assertRevisions(resolve(g, "004_"), "004_add_x");
    }

    @Test
    void twoCharacterPrefix_skipsTheShortIds() {
      RevisionGraph g = Graphs.parse("020 <- 022 <- 023_add_y");

      assertRevisions(resolve(g, "02"), "023_add_y");
      assertRevisions(resolve(g, "0"), "023_add_y");
      assertRevisions(resolve(numbered, "00"), "004_add_x");
      assertRevisions(resolve(numbered, "01"), "011_hash_dedup_fields");
    }

    @Test
    void shortPrefixOfSeveralLongIds_throwsG005ListingThem() {
      assertThatThrownBy(() -> resolve(numbered, "0"))
          .isInstanceOfSatisfying(AmbiguousPrefixException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G005);
            assertThat(e.candidates()).containsExactlyElementsOf(ids("004_add_x 011_hash_dedup_fields"));
            assertThat(e.summary()).isEqualTo("'0' is a prefix of 2 revisions");
            assertThat(e.details()).containsExactly("candidates: 004_add_x, 011_hash_dedup_fields");
          });
    }

    @Test
    void prefixOfOnlyShortIds_isG004SayingShortIdsMatchInFull() {
      assertThatThrownBy(() -> resolve(Graphs.parse("001 <- 002 <- 003"), "00"))
          .isInstanceOfSatisfying(UnknownRevisionException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.G004);
            assertThat(e.summary()).contains("'00'");
            assertThat(e.details()).contains(
                "ids of 3 characters or fewer are matched only in full, never by prefix (as in Alembic)");
          });
    }

    @Test
    void prefixMatchingNothing_isG004WithoutTheShortIdNote() {
      assertThatThrownBy(() -> resolve(numbered, "9"))
          .isInstanceOfSatisfying(UnknownRevisionException.class,
              e -> assertThat(String.join("\n", e.details())).doesNotContain("3 characters"));
    }

    @Test
    void shortPrefix_worksInEveryFormThatNamesARevision() {
      assertRevisions(resolve(numbered, "00@head"), "011_hash_dedup_fields");
      assertRevisions(resolve(numbered, "01+0"), "011_hash_dedup_fields");
      assertRevisions(resolve(numbered, "004-1"), "003");
      assertRevisions(resolve(numbered, "00@004"), "004_add_x");
      assertThat(resolve(numbered, "00@base").ids()).containsExactlyElementsOf(ids("001"));
    }
  }

  @Nested
  class Letters {
    private final RevisionGraph g = Graphs.parse("""
        e3b0c44298fc <- 9f8e7d6c5b4a
        aaaa1 [label=expand] <- abcd5
        bbbb1 [label=abc]
        """);

    @Test
    void oneLetter_ofOneLongId_resolvesToIt() {
      assertRevisions(resolve(g, "e3"), "e3b0c44298fc");
      assertRevisions(resolve(g, "9"), "9f8e7d6c5b4a");
    }

    @Test
    void prefixOfALabel_resolvesToItsRevision_asInAlembic() {
      assertRevisions(resolve(g, "ex"), "aaaa1");
      assertRevisions(resolve(g, "expa"), "aaaa1");
      assertRevisions(resolve(g, "ex@head"), "abcd5");
    }

    @Test
    void prefixOfAnIdAndALabel_isAmbiguous_evenWhenTheyNameOneRevision() {
      assertThatThrownBy(() -> resolve(g, "e"))
          .isInstanceOfSatisfying(AmbiguousPrefixException.class, e -> {
            assertThat(e.candidates()).containsExactlyElementsOf(ids("e3b0c44298fc"));
            assertThat(e.labels()).containsExactly(new AmbiguousPrefixException.Label("expand", Graphs.id("aaaa1")));
            assertThat(e.summary()).isEqualTo("'e' is a prefix of 1 revision id and 1 branch label");
            assertThat(e.details()).containsExactly("candidates: e3b0c44298fc, expand (label of aaaa1)");
          });
    }

    @Test
    void shortLabel_isMatchedOnlyInFull() {
      assertRevisions(resolve(g, "abc"), "bbbb1");
      assertRevisions(resolve(g, "ab"), "abcd5");
    }

    @Test
    void labelAtShortPrefix_keepsToTheLabelsLineage() {
      assertRevisions(resolve(g, "expand@ab"), "abcd5");
      assertRevisions(resolve(g, "expand@e"), "aaaa1"); // e3b0c44298fc is off the lineage; the label is on it
      assertThatThrownBy(() -> resolve(g, "expand@a")).isInstanceOf(AmbiguousPrefixException.class);
      assertThatThrownBy(() -> resolve(g, "expand@9"))
          .isInstanceOfSatisfying(UnknownRevisionException.class,
              e -> assertThat(e.summary()).contains("'expand@9'"));
    }

    @Test
    void unscoped_aPrefixOfSeveralIdsIsAmbiguous_whileAShortLabelItStartsIsNotACandidate() {
      assertThatThrownBy(() -> resolve(g, "a"))
          .isInstanceOfSatisfying(AmbiguousPrefixException.class, e -> {
            assertThat(e.candidates()).containsExactlyElementsOf(ids("aaaa1 abcd5"));
            assertThat(e.labels()).isEmpty();
          });
    }
  }
}
