package dev.retort.cli;

import static dev.retort.cli.CliRun.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchesCliTest {
  @TempDir Path dir;

  /**
   * aaaa branches into bbbb and cccc (labelled 'side'); bbbb branches again into dddd and eeee;
   * cccc and dddd merge into ffff.
   */
  private TestProject nested() {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "root").date("2026-04-01T09:00:00Z").write();
    p.rev("bbbb00000002", "aaaa00000001", "left").date("2026-04-02T09:00:00Z").write();
    p.rev("cccc00000003", "aaaa00000001", "right").date("2026-04-03T09:00:00Z").labels("side").write();
    p.rev("dddd00000004", "bbbb00000002", "left one").date("2026-04-04T09:00:00Z").write();
    p.rev("eeee00000005", "bbbb00000002", "left two").date("2026-04-05T09:00:00Z").write();
    p.rev("ffff00000006", "cccc00000003, dddd00000004", "join").date("2026-04-06T09:00:00Z").write();
    return p;
  }

  @Test
  void branches_oneBranchPoint_printsItAndItsChildrenIndentedUnderTheId() {
    TestProject p = Projects.shop(dir);

    var result = p.run("branches").succeeded();

    assertThat(result.out()).isEqualTo(text(
        "2222bbbb0002 (branchpoint)",
        "             -> 3333cccc0003 (orders)",
        "             -> 5555eeee0005",
        ""));
  }

  @Test
  void branches_nestedBranchPoints_newestFirstAndChildBranchPointMarked() {
    TestProject p = nested();

    var result = p.run("branches").succeeded();

    // bbbb descends from aaaa, so it is listed first; as in Alembic, a child that is itself a
    // branch point carries (branchpoint), and a head child carries (head).
    assertThat(result.out()).isEqualTo(text(
        "bbbb00000002 (branchpoint)",
        "             -> dddd00000004",
        "             -> eeee00000005 (head)",
        "",
        "aaaa00000001 (branchpoint)",
        "             -> bbbb00000002 (branchpoint)",
        "             -> cccc00000003 (side)",
        ""));
  }

  @Test
  void branches_verbose_printsRevBlockThenChildrenWithMessages() {
    TestProject p = nested();

    var result = p.run("branches", "--verbose").succeeded();

    assertThat(result.out()).isEqualTo(text(
        "Rev: bbbb00000002 (branchpoint)",
        "Parent: aaaa00000001",
        "Branches into: dddd00000004, eeee00000005",
        "Path: " + p.shown("bbbb00000002"),
        "",
        "    left",
        "    ",
        "    Revision ID: bbbb00000002",
        "    Revises: aaaa00000001",
        "    Create Date: 2026-04-02T09:00:00Z",
        "",
        "             -> dddd00000004, left one",
        "             -> eeee00000005 (head), left two",
        "",
        "Rev: aaaa00000001 (branchpoint)",
        "Parent: <base>",
        "Branches into: bbbb00000002, cccc00000003",
        "Path: " + p.shown("aaaa00000001"),
        "",
        "    root",
        "    ",
        "    Revision ID: aaaa00000001",
        "    Revises: ",
        "    Create Date: 2026-04-01T09:00:00Z",
        "",
        "             -> bbbb00000002 (branchpoint), left",
        "             -> cccc00000003 (side), right",
        ""));
  }

  @Test
  void branches_noBranchPoint_printsNothing() {
    TestProject p = TestProject.in(dir);
    p.rev("aaaa00000001", "", "root").write();
    p.rev("bbbb00000002", "aaaa00000001", "next").write();

    assertThat(p.run("branches").succeeded().out()).isEmpty();
    assertThat(p.run("branches", "--json").succeeded().json().isArray()).isTrue();
    assertThat(p.run("branches", "--json").succeeded().json()).isEmpty();
  }

  @Test
  void branches_json_printsBranchPointsWithTheirChildren() {
    TestProject p = nested();

    JsonNode json = p.run("branches", "--json").succeeded().json();

    RevisionJsonAssert.allHaveShape(json);
    assertThat(HeadsCliTest.ids(json)).containsExactly("bbbb00000002", "aaaa00000001");
    JsonNode left = json.get(0);
    assertThat(RevisionJsonAssert.strings(left.get("children"))).containsExactly("dddd00000004", "eeee00000005");
    assertThat(RevisionJsonAssert.strings(left.get("parents"))).containsExactly("aaaa00000001");
    assertThat(left.get("message").asText()).isEqualTo("left");
    assertThat(left.get("branchPoint").asBoolean()).isTrue();
    RevisionJsonAssert.pointsAt(left, p.path("bbbb00000002"));
    JsonNode root = json.get(1);
    assertThat(RevisionJsonAssert.strings(root.get("children"))).containsExactly("bbbb00000002", "cccc00000003");
    assertThat(RevisionJsonAssert.strings(root.get("parents"))).isEmpty();
    assertThat(root.get("message").asText()).isEqualTo("root");
    RevisionJsonAssert.pointsAt(root, p.path("aaaa00000001"));
  }
}
