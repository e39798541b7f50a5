package dev.retort.cli;

import static dev.retort.cli.CliRun.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCliTest {
  @TempDir Path dir;

  private static final String L8888 = "7777aaaa0007 -> 8888bbbb0008 (orders) (head), add invoice number";
  private static final String L7777 = "6666ffff0006 -> 7777aaaa0007 (orders), create invoices";
  private static final String L6666 =
      "5555eeee0005, 4444dddd0004 -> 6666ffff0006 (orders) (mergepoint), merge orders";
  private static final String L5555 = "2222bbbb0002 -> 5555eeee0005, index users by email";
  private static final String L4444 = "3333cccc0003 -> 4444dddd0004 (orders), add order total";
  private static final String L3333 = "2222bbbb0002 -> 3333cccc0003 (orders), create orders";
  private static final String L2222 = "1111aaaa0001 -> 2222bbbb0002 (branchpoint), add email";
  private static final String L1111 = "<base> -> 1111aaaa0001, create users";

  @Test
  void history_all_printsEveryRevisionNewestFirstInAlembicShape() {
    TestProject p = Projects.shop(dir);

    List<String> lines = p.run("history").succeeded().outLines();

    assertThat(lines).containsExactlyInAnyOrder(L8888, L7777, L6666, L5555, L4444, L3333, L2222, L1111);
    assertNewestFirst(lines, p.parents());
    // the ends of a graph with one base and one head are fixed
    assertThat(lines.get(0)).isEqualTo(L8888);
    assertThat(lines.get(lines.size() - 1)).isEqualTo(L1111);
  }

  @Test
  void history_closedRange_includesBothEndsAndEverythingBetween() {
    TestProject p = Projects.shop(dir);

    List<String> lines = p.run("history", "-r", "2222bbbb0002:6666ffff0006").succeeded().outLines();

    assertThat(lines).containsExactlyInAnyOrder(L6666, L5555, L4444, L3333, L2222);
    assertNewestFirst(lines, p.parents());
  }

  @Test
  void history_openUpperEnd_runsToTheHeads() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r", "6666ffff0006:").succeeded();

    assertThat(result.outLines()).containsExactly(L8888, L7777, L6666);
  }

  @Test
  void history_openLowerEnd_startsAtBase() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "--rev-range", ":3333cccc0003").succeeded();

    assertThat(result.outLines()).containsExactly(L3333, L2222, L1111);
  }

  @Test
  void history_prefixesAsRangeEnds_resolveLikeFullIds() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r", "4444:7777").succeeded();

    assertThat(result.outLines()).containsExactly(L7777, L6666, L4444);
  }

  @Test
  void history_labelBaseToLabelHead_isTheLabelledBranchOnly() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r", "orders@base:orders@head").succeeded();

    // 'orders' covers 3333 and its descendants; 5555 (the other side of the merge) and the
    // revisions before the branch point are not on the branch.
    assertThat(result.outLines()).containsExactly(L8888, L7777, L6666, L4444, L3333);
  }

  @Test
  void history_relativeToHead_walksDownTheStraightLine() {
    TestProject p = Projects.shop(dir);

    assertThat(p.run("history", "-r", "head-2:").succeeded().outLines()).containsExactly(L8888, L7777, L6666);
    assertThat(p.run("history", "-r", "head-1:head").succeeded().outLines()).containsExactly(L8888, L7777);
    assertThat(p.run("history", "-r", ":1111aaaa0001+1").succeeded().outLines()).containsExactly(L2222, L1111);
  }

  @Test
  void history_relativeStepAcrossAMerge_isRefusedWithTheCandidates() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r", "head-3:").failedWith("RT-G006");

    assertThat(result.err()).contains("head-3").contains("4444dddd0004").contains("5555eeee0005");
  }

  @Test
  void history_rangeWhoseEndsAreSwapped_isAnError() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r", "7777aaaa0007:3333cccc0003").failedWith("RT-G012");

    assertThat(result.err()).contains("7777aaaa0007").contains("3333cccc0003");
  }

  @Test
  void history_dependencies_shownInParenthesesAfterTheParentsAndFollowedByRanges() {
    TestProject p = Projects.audit(dir, "cccc00000003");
    String dddd = "bbbb00000002 (cccc00000003) -> dddd00000004 (head), audit users";
    String cccc = "<base> -> cccc00000003 (audit) (effective head), create audit log";
    String bbbb = "aaaa00000001 -> bbbb00000002, add email";
    String aaaa = "<base> -> aaaa00000001, create users";
    Map<String, List<String>> before = new HashMap<>(p.parents());
    before.put("dddd00000004", List.of("bbbb00000002", "cccc00000003"));

    List<String> all = p.run("history").succeeded().outLines();
    assertThat(all).containsExactlyInAnyOrder(dddd, cccc, bbbb, aaaa);
    assertNewestFirst(all, before);
    assertThat(all.get(0)).isEqualTo(dddd);

    // a range follows Depends-On as well as Revises
    assertThat(p.run("history", "-r", "cccc00000003:").succeeded().outLines()).containsExactly(dddd, cccc);
    List<String> upTo = p.run("history", "-r", ":dddd00000004").succeeded().outLines();
    assertThat(upTo).containsExactlyInAnyOrder(dddd, cccc, bbbb, aaaa);
  }

  @Test
  void history_dependencyNamedByLabel_isShownAsWritten() {
    TestProject p = Projects.audit(dir, "audit");

    List<String> lines = p.run("history").succeeded().outLines();

    assertThat(lines).contains("bbbb00000002 (audit) -> dddd00000004 (head), audit users");
    assertThat(lines).contains("<base> -> cccc00000003 (audit) (effective head), create audit log");
  }

  @Test
  void history_rangesRelativeToTheDatabase_startFromItsCurrentRevision() {
    TestProject p = Projects.shop(dir);
    var stamp = p.run("-q", "stamp", "4444dddd0004");
    assertThat(stamp.exitCode()).as("stamp; stderr:\n%s", stamp.err()).isZero();

    // current is 4444; -1 is 3333, -2 is 2222, +1 is the merge 6666
    assertThat(p.run("history", "-r", "current:").succeeded().outLines())
        .containsExactly(L8888, L7777, L6666, L4444);
    assertThat(p.run("history", "-r", ":current").succeeded().outLines())
        .containsExactly(L4444, L3333, L2222, L1111);
    assertThat(p.run("history", "-r", "-1:").succeeded().outLines())
        .containsExactly(L8888, L7777, L6666, L4444, L3333);
    assertThat(p.run("history", "-r", "-2:-1").succeeded().outLines()).containsExactly(L3333, L2222);
    assertThat(p.run("history", "-r", "+1:").succeeded().outLines()).containsExactly(L8888, L7777, L6666);
  }

  @Test
  void history_indicateCurrent_marksTheDatabaseRevisionAfterTheHeadMarkers() {
    TestProject p = Projects.shop(dir);
    assertThat(p.run("-q", "stamp", "4444dddd0004").exitCode()).isZero();

    List<String> lines = p.run("history", "--indicate-current").succeeded().outLines();

    assertThat(lines).containsExactlyInAnyOrder(
        L8888, L7777, L6666, L5555, "3333cccc0003 -> 4444dddd0004 (orders) (current), add order total",
        L3333, L2222, L1111);
  }

  @Test
  void history_verbose_printsOneRevBlockPerRevision() {
    TestProject p = Projects.shop(dir);

    var result = p.run("history", "-r", "6666ffff0006:7777aaaa0007", "--verbose").succeeded();

    assertThat(result.out()).isEqualTo(text(
        "Rev: 7777aaaa0007",
        "Parent: 6666ffff0006",
        "Branch names: orders",
        "Path: " + p.shown("7777aaaa0007"),
        "",
        "    create invoices",
        "    ",
        "    Revision ID: 7777aaaa0007",
        "    Revises: 6666ffff0006",
        "    Create Date: 2026-01-07T09:00:00Z",
        "",
        "Rev: 6666ffff0006 (mergepoint)",
        "Merges: 5555eeee0005, 4444dddd0004",
        "Branch names: orders",
        "Path: " + p.shown("6666ffff0006"),
        "",
        "    merge orders",
        "    ",
        "    Revision ID: 6666ffff0006",
        "    Revises: 5555eeee0005, 4444dddd0004",
        "    Create Date: 2026-01-06T09:00:00Z",
        ""));
  }

  @Test
  void history_verboseAll_hasABlockForEveryRevision() {
    TestProject p = Projects.shop(dir);

    List<String> lines = p.run("history", "--verbose").succeeded().outLines();

    assertThat(lines.stream().filter(l -> l.startsWith("Rev: ")))
        .containsExactlyInAnyOrder(
            "Rev: 8888bbbb0008 (head)",
            "Rev: 7777aaaa0007",
            "Rev: 6666ffff0006 (mergepoint)",
            "Rev: 5555eeee0005",
            "Rev: 4444dddd0004",
            "Rev: 3333cccc0003",
            "Rev: 2222bbbb0002 (branchpoint)",
            "Rev: 1111aaaa0001");
    assertThat(lines).contains("Branches into: 3333cccc0003, 5555eeee0005", "Parent: <base>");
  }

  @Test
  void history_json_printsEveryRevisionAsAnObject() {
    TestProject p = Projects.shop(dir);

    JsonNode json = p.run("history", "--json").succeeded().json();

    RevisionJsonAssert.allHaveShape(json);
    List<String> ids = HeadsCliTest.ids(json);
    assertThat(ids).containsExactlyInAnyOrderElementsOf(p.parents().keySet());
    assertNewestFirstIds(ids, p.parents());
    for (JsonNode node : json) {
      String id = node.get("id").asText();
      assertThat(RevisionJsonAssert.strings(node.get("parents"))).as("parents of %s", id)
          .containsExactlyElementsOf(p.parents().get(id));
      RevisionJsonAssert.pointsAt(node, p.path(id));
    }
    JsonNode merge = json.get(ids.indexOf("6666ffff0006"));
    assertThat(merge.get("message").asText()).isEqualTo("merge orders");
    assertThat(merge.get("mergePoint").asBoolean()).isTrue();
    assertThat(RevisionJsonAssert.strings(merge.get("branches"))).containsExactly("orders");
    JsonNode labelled = json.get(ids.indexOf("3333cccc0003"));
    assertThat(RevisionJsonAssert.strings(labelled.get("branchLabels"))).containsExactly("orders");
    assertThat(labelled.get("createDate").asText()).isEqualTo("2026-01-03T09:00:00Z");
  }

  @Test
  void history_jsonWithRange_printsOnlyTheRange() {
    TestProject p = Projects.shop(dir);

    JsonNode json = p.run("history", "-r", "6666ffff0006:", "--json").succeeded().json();

    RevisionJsonAssert.allHaveShape(json);
    assertThat(HeadsCliTest.ids(json)).containsExactly("8888bbbb0008", "7777aaaa0007", "6666ffff0006");
  }

  private static void assertNewestFirst(List<String> lines, Map<String, List<String>> parents) {
    assertNewestFirstIds(lines.stream().map(Projects::idOfHistoryLine).toList(), parents);
  }

  private static void assertNewestFirstIds(List<String> ids, Map<String, List<String>> parents) {
    Projects.assertNewestFirst(ids, parents);
  }
}
