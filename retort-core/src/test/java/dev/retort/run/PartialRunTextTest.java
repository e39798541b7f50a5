package dev.retort.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.store.StartedRevision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words for a step that ran outside a transaction and did not complete. */
class PartialRunTextTest {
  private static StartedRevision record(boolean failed, int total, int done, List<String> ran, String failure) {
    return new StartedRevision("abcd1234", "upgrade", "", "2026-01-01T00:00:00Z", "me@host", failed, total, done, ran,
        failure);
  }

  @Test
  void details_failedInTheMiddle_listsRanFailedAndNotRun() {
    StartedRevision r = record(true, 5, 2, List.of("1  line 7: CREATE TABLE a (id INT)", "2  line 8: CREATE TABLE b (id INT)"),
        "3  line 9: INSERT INTO x VALUES (1) -> no such table: x");

    assertThat(PartialRunText.details(r)).containsExactly(
        "ran:      statements 1-2 of 5",
        "  1  line 7: CREATE TABLE a (id INT)",
        "  2  line 8: CREATE TABLE b (id INT)",
        "failed:   3  line 9: INSERT INTO x VALUES (1) -> no such table: x",
        "not run:  statements 4-5 of 5");
    assertThat(PartialRunText.fix(r))
        .contains("undo statements 1-2 of 5 by hand, then run retort resolve abcd1234 --rolled-back")
        .contains("finish statements 3-5 of 5 by hand, then run retort resolve abcd1234 --applied");
  }

  @Test
  void details_failedAtTheLastStatement_nothingLeftToRun() {
    StartedRevision r = record(true, 2, 1, List.of("1  line 7: CREATE INDEX i ON a (id)"), "2  line 8: boom");

    assertThat(PartialRunText.details(r)).contains("ran:      statement 1 of 2", "not run:  none");
    assertThat(PartialRunText.fix(r)).contains("finish statement 2 of 2 by hand");
  }

  @Test
  void details_processStoppedDuringAStatement_saysItMayHaveTakenEffect() {
    StartedRevision r = record(false, 3, 1, List.of("1  line 7: CREATE TABLE a (id INT)"), "");

    assertThat(PartialRunText.details(r)).containsExactly(
        "ran:      statement 1 of 3",
        "  1  line 7: CREATE TABLE a (id INT)",
        "running:  statement 2 of 3 when the process stopped; it may or may not have taken effect",
        "not run:  statement 3 of 3");
  }

  @Test
  void details_processStoppedAfterTheLastStatement_onlyTheVersionUpdateIsMissing() {
    StartedRevision r = record(false, 1, 1, List.of("1  line 7: CREATE TABLE a (id INT)"), "");

    assertThat(PartialRunText.details(r)).last().asString()
        .isEqualTo("every statement ran, but the process stopped before the version table was updated");
    assertThat(PartialRunText.fix(r)).contains("check that every statement took effect");
  }

  @Test
  void details_javaRevision_numberOfStatementsUnknown() {
    StartedRevision r = record(true, -1, 0, List.of(), "the next statement failed: boom");

    assertThat(PartialRunText.details(r)).containsExactly(
        "ran:      no statement",
        "failed:   the next statement failed: boom",
        "not run:  the rest of the revision");
    assertThat(PartialRunText.fix(r)).contains("check that nothing of it took effect")
        .contains("finish the rest of its upgrade() by hand");
  }

  @Test
  void statementLine_showsTheFirstLineOnly_cutTo100Characters() {
    assertThat(PartialRunText.statementLine(4, 12, "CREATE TABLE t (\n  id INT\n)")).isEqualTo("4  line 12: CREATE TABLE t ( …");
    assertThat(PartialRunText.statementLine(1, 0, "x".repeat(150))).isEqualTo("1: " + "x".repeat(100) + "…");
  }
}
