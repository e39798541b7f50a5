package dev.retort.cli;

import static dev.retort.cli.CliRun.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowCliTest {
  @TempDir Path dir;

  private static String block8888(TestProject p) {
    return text(
        "Rev: 8888bbbb0008 (head)",
        "Parent: 7777aaaa0007",
        "Branch names: orders",
        "Path: " + p.shown("8888bbbb0008"),
        "",
        "    add invoice number",
        "    ",
        "    Revision ID: 8888bbbb0008",
        "    Revises: 7777aaaa0007",
        "    Create Date: 2026-01-08T09:00:00Z",
        "");
  }

  @Test
  void show_fullId_printsTheRevBlock() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "7777aaaa0007").succeeded();

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
        ""));
  }

  @Test
  void show_uniquePrefixOfAMerge_printsMergesLine() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "6666").succeeded();

    assertThat(result.out()).isEqualTo(text(
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
  void show_branchPoint_printsBranchesIntoLine() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "2222bbbb").succeeded();

    assertThat(result.out()).isEqualTo(text(
        "Rev: 2222bbbb0002 (branchpoint)",
        "Parent: 1111aaaa0001",
        "Branches into: 3333cccc0003, 5555eeee0005",
        "Path: " + p.shown("2222bbbb0002"),
        "",
        "    add email",
        "    ",
        "    Revision ID: 2222bbbb0002",
        "    Revises: 1111aaaa0001",
        "    Create Date: 2026-01-02T09:00:00Z",
        ""));
  }

  @Test
  void show_baseRevision_parentIsBase() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "1111aaaa0001").succeeded();

    assertThat(result.out()).isEqualTo(text(
        "Rev: 1111aaaa0001",
        "Parent: <base>",
        "Path: " + p.shown("1111aaaa0001"),
        "",
        "    create users",
        "    ",
        "    Revision ID: 1111aaaa0001",
        "    Revises: ",
        "    Create Date: 2026-01-01T09:00:00Z",
        ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"head", "heads", "orders@head", "8888bbbb0008", "8888", "7777aaaa0007+1"})
  void show_targetsNamingTheSingleHead_printTheHeadBlock(String target) {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", target).succeeded();

    assertThat(result.out()).isEqualTo(block8888(p));
  }

  @ParameterizedTest
  @ValueSource(strings = {"orders", "orders@3333cccc0003", "orders@3333"})
  void show_labelOrLabelScopedId_isTheRevisionThatDeclaresTheLabel(String target) {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", target).succeeded();

    // as in Alembic, a bare branch label names the revision that declares it
    assertThat(result.outLines()).first().isEqualTo("Rev: 3333cccc0003");
    assertThat(result.outLines()).contains("Branch names: orders", "    create orders");
  }

  @Test
  void show_labelScopedIdSharingLineageThroughAMerge_isAccepted() {
    TestProject p = Projects.shop(dir);

    // as in Alembic: 5555eeee0005 is a parent of the merge 6666ffff0006, which the label covers
    assertThat(p.run("show", "orders@5555eeee0005").succeeded().outLines()).first().isEqualTo("Rev: 5555eeee0005");
  }

  @Test
  void show_labelScopedIdOffTheBranch_isAnError() {
    TestProject p = Projects.audit(dir, "");

    var result = p.run("show", "audit@bbbb00000002").failedWith("RT-G004");

    assertThat(result.err()).contains("bbbb00000002").contains("audit");
  }

  @Test
  void show_headMinusOne_isTheParentOfTheHead() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "head-1").succeeded();

    assertThat(result.outLines()).first().isEqualTo("Rev: 7777aaaa0007");
    assertThat(result.outLines()).contains("    create invoices");
  }

  @Test
  void show_headMinusTwo_reachesTheMerge() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "head-2").succeeded();

    assertThat(result.outLines()).first().isEqualTo("Rev: 6666ffff0006 (mergepoint)");
  }

  @Test
  void show_base_saysNoRevision() {
    TestProject p = Projects.shop(dir);

    var result = p.run("show", "base").succeeded();

    assertThat(result.outLines()).hasSize(1);
    assertThat(result.out()).startsWith("<base>");
    assertThat(result.out()).doesNotContain("Rev: ");
  }

  @Test
  void show_headsWithTwoHeads_printsBothBlocks() {
    TestProject p = Projects.twoHeads(dir);

    var result = p.run("show", "heads").succeeded();

    assertThat(result.outLines().stream().filter(l -> l.startsWith("Rev: ")))
        .containsExactly("Rev: bbbb00000002 (head)", "Rev: cccc00000003 (head)");
    assertThat(result.outLines()).contains("    add email", "    add orders");
  }

  @Test
  void show_json_oneRevision_printsOneObject() {
    TestProject p = Projects.shop(dir);

    JsonNode json = p.run("show", "6666ffff0006", "--json").succeeded().json();

    RevisionJsonAssert.hasShape(json);
    assertThat(json.get("id").asText()).isEqualTo("6666ffff0006");
    assertThat(RevisionJsonAssert.strings(json.get("parents"))).containsExactly("5555eeee0005", "4444dddd0004");
    assertThat(json.get("message").asText()).isEqualTo("merge orders");
    assertThat(json.get("createDate").asText()).isEqualTo("2026-01-06T09:00:00Z");
    assertThat(RevisionJsonAssert.strings(json.get("children"))).containsExactly("7777aaaa0007");
    assertThat(json.get("mergePoint").asBoolean()).isTrue();
    assertThat(json.get("head").asBoolean()).isFalse();
    RevisionJsonAssert.pointsAt(json, p.path("6666ffff0006"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"head", "8888", "orders@head", "head-1"})
  void show_json_targetsNamingOneRevision_printOneObject(String target) {
    TestProject p = Projects.shop(dir);
    String expected = target.equals("head-1") ? "7777aaaa0007" : "8888bbbb0008";

    JsonNode json = p.run("show", target, "--json").succeeded().json();

    RevisionJsonAssert.hasShape(json);
    assertThat(json.get("id").asText()).isEqualTo(expected);
    assertThat(RevisionJsonAssert.strings(json.get("parents"))).containsExactlyElementsOf(p.parents().get(expected));
    RevisionJsonAssert.pointsAt(json, p.path(expected));
  }

  @Test
  void show_json_severalRevisions_printsAnArray() {
    TestProject p = Projects.twoHeads(dir);

    JsonNode json = p.run("show", "heads", "--json").succeeded().json();

    RevisionJsonAssert.allHaveShape(json);
    assertThat(HeadsCliTest.ids(json)).containsExactly("bbbb00000002", "cccc00000003");
    assertThat(json.get(0).get("message").asText()).isEqualTo("add email");
    assertThat(json.get(1).get("message").asText()).isEqualTo("add orders");
    RevisionJsonAssert.pointsAt(json.get(1), p.path("cccc00000003"));
  }

  @Test
  void show_json_base_printsAnEmptyArray() {
    TestProject p = Projects.shop(dir);

    JsonNode json = p.run("show", "base", "--json").succeeded().json();

    assertThat(json.isArray()).as("array: %s", json).isTrue();
    assertThat(json).isEmpty();
  }

  @Test
  void show_json_optionBeforeTheTarget_isAccepted() {
    TestProject p = Projects.shop(dir);

    JsonNode json = p.run("show", "--json", "head").succeeded().json();

    assertThat(json.get("id").asText()).isEqualTo("8888bbbb0008");
  }
}
