package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort squash} and {@code retort squash --prune} on a SQLite file: output, files, exit codes. */
class SquashCliTest {
  private static final String A = "aaaa00000001";
  private static final String B = "bbbb00000002";
  private static final String C = "cccc00000003";
  private static final String D = "dddd00000004";
  private static final String S = "5555aaaa0001";

  @TempDir Path dir;
  TestProject p;

  @BeforeEach
  void project() {
    p = TestProject.in(dir);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\n");
    p.rev(A, "", "first").write();
    p.rev(B, A, "second").write();
    p.rev(C, B, "third").write();
    p.rev(D, C, "fourth").write();
  }

  private String squashText(CliRun.Result result) throws Exception {
    assertThat(result.outLines()).hasSize(1);
    return Files.readString(dir.resolve(result.outLines().get(0)));
  }

  @Test
  void concat_writesTheRangesSectionsInOrder_andTheGraphShowsOneLine() throws Exception {
    String text = squashText(p.run("squash", B + ":" + C, "-m", "squash b and c", "--concat", "--rev-id", S)
        .succeeded());

    assertThat(text).contains("-- Revision: " + S + "\n", "-- Revises: " + A + "\n", "-- Replaces: " + B + ", " + C + "\n");
    assertThat(text.indexOf("CREATE TABLE t_" + B)).isLessThan(text.indexOf("CREATE TABLE t_" + C));
    assertThat(text.indexOf("DROP TABLE t_" + C)).isLessThan(text.indexOf("DROP TABLE t_" + B));
    assertThat(text.indexOf("CREATE TABLE t_" + C)).isLessThan(text.indexOf("-- +downgrade"));
    assertThat(p.run("heads").succeeded().outLines()).singleElement().asString().startsWith(D);
    assertThat(p.run("history").succeeded().out()).contains(S + " -> " + D).contains(A + " -> " + S)
        .doesNotContain(B + " -> ");

    p.run("-q", "upgrade", "heads").succeeded();
    assertThat(p.run("current").succeeded().out()).contains(D);
    assertThat(p.run("status").succeeded().outLines()).noneMatch(l -> l.contains(B) || l.contains(C))
        .anyMatch(l -> l.startsWith("applied") && l.contains(S));
  }

  @Test
  void generated_writesTheSchemaTheRangeProduces() throws Exception {
    String text = squashText(p.run("squash", B + ":" + C, "-m", "squash b and c", "--rev-id", S).succeeded());

    String upgrade = text.substring(text.indexOf("-- +upgrade"), text.indexOf("-- +downgrade"));
    assertThat(upgrade).contains("t_" + B, "t_" + C).doesNotContain("t_" + A, "t_" + D, "-- from");
    String downgrade = text.substring(text.indexOf("-- +downgrade"));
    assertThat(downgrade.indexOf("DROP TABLE IF EXISTS t_" + C)).isPositive()
        .isLessThan(downgrade.indexOf("DROP TABLE IF EXISTS t_" + B));
    p.run("-q", "upgrade", "heads").succeeded();
    assertThat(p.run("current").succeeded().out()).contains(D);
  }

  @Test
  void aRangeRightAfterAnotherSquash_revisesTheRevisionItsFirstRevises_andBothApply() throws Exception {
    String t = "5555aaaa0002";
    p.run("squash", A + ":" + B, "-m", "squash a and b", "--concat", "--rev-id", S).succeeded();

    // C revises B, which the first squash replaces: the second squash revises B as C's file does,
    // not the first squash that the loaded graph reads in B's place
    String text = squashText(p.run("squash", C + ":" + D, "-m", "squash c and d", "--concat", "--rev-id", t).succeeded());

    assertThat(text).contains("-- Revises: " + B + "\n", "-- Replaces: " + C + ", " + D + "\n");
    assertThat(p.run("history").succeeded().out()).contains(S + " -> " + t).contains("<base> -> " + S);
    p.run("-q", "upgrade", "heads").succeeded();
    assertThat(p.run("current").succeeded().out()).contains(t);
    assertThat(p.run("status").succeeded().outLines()).filteredOn(l -> l.startsWith("applied")).hasSize(2);
  }

  @Test
  void withoutAMessage_isAUsageError() {
    p.run("squash", B + ":" + C).usageError();
  }

  @Test
  void rangeWithABranchPointInside_isRefusedNamingIt() {
    p.rev("eeee00000005", B, "side").write();

    CliRun.Result result = p.run("squash", A + ":" + C, "-m", "squash", "--concat").failedWith("RT-A010");

    assertThat(result.err()).contains(B + " is a branch point inside the range");
    CliRun.assertNoStackTrace(result.err());
  }

  @Test
  void prune_isRefusedWhileTheDatabaseIsPartWay_thenDeletesTheOldRevisions() throws Exception {
    p.run("squash", B + ":" + C, "-m", "squash b and c", "--concat", "--rev-id", S).succeeded();
    p.run("-q", "upgrade", B).succeeded();

    CliRun.Result refused = p.run("squash", "--prune").failedWith("RT-A010");

    assertThat(refused.err()).contains("part-way", "retort upgrade " + C);
    assertThat(Files.exists(p.path(B))).isTrue();

    p.run("-q", "upgrade", "heads").succeeded();
    CliRun.Result pruned = p.run("squash", "--prune", S).succeeded();

    assertThat(pruned.outLines().get(0)).isEqualTo("pruned " + S + ": deleted " + B + ", " + C);
    assertThat(Files.exists(p.path(B))).isFalse();
    assertThat(Files.exists(p.path(C))).isFalse();
    assertThat(Files.readString(p.path(D))).contains("-- Revises: " + S + "\n");
    assertThat(p.run("history").succeeded().out()).contains(S + " -> " + D);
    CliRun.Result again = p.run("upgrade", "heads");
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("nothing to do: already at " + D);
  }

  // ---- lint

  private void squashFile(String id, String revises, String replaces) {
    p.file("migrations/versions/" + id + "_squash.sql", "-- Revision: " + id + "\n-- Revises: " + revises
        + "\n-- Message: squash\n-- Replaces: " + replaces + "\n\n-- +upgrade\nSELECT 1;\n\n-- +downgrade\nSELECT 1;\n");
  }

  private String lint(String code) {
    CliRun.Result result = p.run("lint");
    assertThat(result.exitCode()).as(result.out() + result.err()).isIn(0, 1);
    return String.join("\n", result.outLines().stream().filter(l -> l.contains("[" + code + "]")).toList());
  }

  @Test
  void lint_twoSquashesReplacingOneRevision_isRT117() {
    squashFile("5555aaaa0001", A, B + ", " + C);
    squashFile("5555aaaa0002", B, C + ", " + D);

    assertThat(lint("RT117")).contains("error[RT117]", "5555aaaa0002", C + " is replaced by squash 5555aaaa0001");
  }

  @Test
  void lint_replacedRevisionsNotAChain_isRT118() {
    squashFile(S, "", A + ", " + C);

    assertThat(lint("RT118")).contains("error[RT118]", S, "not a linear chain");
  }

  @Test
  void lint_squashRevisingOtherThanTheRangesParents_isRT118() {
    squashFile(S, "", B + ", " + C);

    assertThat(lint("RT118")).contains("error[RT118]", "range it replaces starts at " + B + ", which revises " + A);
  }

  @Test
  void lint_someReplacedRevisionsUnknown_isRT116() {
    squashFile(S, A, B + ", " + C + ", ffff99999999");

    assertThat(lint("RT116")).contains("error[RT116]", "ffff99999999", "which have no script");
  }

  @Test
  void lint_everyReplacedRevisionGone_isAWarningRT119() {
    squashFile(S, D, "ffff99999998, ffff99999999");

    CliRun.Result result = p.run("lint");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("warning[RT119]", S, "ordinary revision");
  }

  @Test
  void lint_aValidSquash_findsNothingAboutIt() {
    p.run("squash", B + ":" + C, "-m", "squash b and c", "--concat", "--rev-id", S).succeeded();

    CliRun.Result result = p.run("lint");

    assertThat(result.out()).doesNotContain("RT116", "RT117", "RT118", "RT119", "RT101");
  }
}
