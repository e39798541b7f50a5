package dev.retort.cli;

import static dev.retort.cli.CliRun.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadsCliTest {
  @TempDir Path dir;

  @Test
  void heads_singleHeadWithInheritedLabel_printsIdLabelAndHead() {
    TestProject p = Projects.shop(dir);

    var result = p.run("heads").succeeded();

    // 8888 descends from 3333, which declares 'orders'; the label covers it.
    assertThat(result.out()).isEqualTo(text("8888bbbb0008 (orders) (head)"));
  }

  @Test
  void heads_twoUnmergedBranches_printsBothSortedById() {
    TestProject p = Projects.twoHeads(dir);

    var result = p.run("heads").succeeded();

    assertThat(result.outLines()).containsExactly("bbbb00000002 (head)", "cccc00000003 (head)");
  }

  @Test
  void heads_headThatAnotherRevisionDependsOn_isMarkedEffectiveHead() {
    TestProject p = Projects.audit(dir, "cccc00000003");

    var result = p.run("heads").succeeded();

    assertThat(result.outLines())
        .containsExactly("cccc00000003 (audit) (effective head)", "dddd00000004 (head)");
  }

  @Test
  void heads_resolveDependencies_leavesOutTheHeadThatIsDependedOn() {
    TestProject p = Projects.audit(dir, "cccc00000003");

    var result = p.run("heads", "--resolve-dependencies").succeeded();

    assertThat(result.out()).isEqualTo(text("dddd00000004 (head)"));
  }

  @Test
  void heads_resolveDependencies_dependencyNamedByLabel_resolvesToTheLabelOwner() {
    TestProject p = Projects.audit(dir, "audit");

    assertThat(p.run("heads").succeeded().outLines())
        .containsExactly("cccc00000003 (audit) (effective head)", "dddd00000004 (head)");
    assertThat(p.run("heads", "--resolve-dependencies").succeeded().out())
        .isEqualTo(text("dddd00000004 (head)"));
  }

  @Test
  void heads_verbose_printsAlembicRevBlocks() {
    TestProject p = Projects.audit(dir, "cccc00000003");

    var result = p.run("heads", "--verbose").succeeded();

    assertThat(result.out()).isEqualTo(text(
        "Rev: cccc00000003 (head)",
        "Parent: <base>",
        "Branch names: audit",
        "Path: " + p.shown("cccc00000003"),
        "",
        "    create audit log",
        "    ",
        "    Revision ID: cccc00000003",
        "    Revises: ",
        "    Create Date: 2026-02-03T09:00:00Z",
        "",
        "Rev: dddd00000004 (head)",
        "Parent: bbbb00000002",
        "Also depends on: cccc00000003",
        "Path: " + p.shown("dddd00000004"),
        "",
        "    audit users",
        "    ",
        "    Revision ID: dddd00000004",
        "    Revises: bbbb00000002",
        "    Create Date: 2026-02-04T09:00:00Z",
        ""));
  }

  @Test
  void heads_json_printsArrayOfRevisionObjects() {
    TestProject p = Projects.audit(dir, "cccc00000003");

    JsonNode json = p.run("heads", "--json").succeeded().json();

    assertThat(json.isArray()).as("array: %s", json).isTrue();
    assertThat(ids(json)).containsExactly("cccc00000003", "dddd00000004");
    JsonNode audit = json.get(0);
    RevisionJsonAssert.hasShape(audit);
    assertThat(RevisionJsonAssert.strings(audit.get("parents"))).isEmpty();
    assertThat(audit.get("message").asText()).isEqualTo("create audit log");
    assertThat(RevisionJsonAssert.strings(audit.get("branchLabels"))).containsExactly("audit");
    assertThat(audit.get("head").asBoolean()).isTrue();
    RevisionJsonAssert.pointsAt(audit, p.path("cccc00000003"));
    JsonNode users = json.get(1);
    RevisionJsonAssert.hasShape(users);
    assertThat(RevisionJsonAssert.strings(users.get("parents"))).containsExactly("bbbb00000002");
    assertThat(RevisionJsonAssert.strings(users.get("dependsOn"))).containsExactly("cccc00000003");
    assertThat(users.get("message").asText()).isEqualTo("audit users");
    RevisionJsonAssert.pointsAt(users, p.path("dddd00000004"));
  }

  @Test
  void heads_jsonWithResolveDependencies_printsOnlyTheRealHead() {
    TestProject p = Projects.audit(dir, "cccc00000003");

    JsonNode json = p.run("heads", "--resolve-dependencies", "--json").succeeded().json();

    assertThat(json.isArray()).isTrue();
    assertThat(ids(json)).containsExactly("dddd00000004");
  }

  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }
}
