package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort lint}: text output, exit codes, {@code --strict}, configuration and leniency. */
class LintCliTest {
  @TempDir Path dir;

  private CliRun.Result lint(Path project, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(project, Map.of(), all);
  }

  @Test
  void lint_cleanProject_printsNoProblemsAndExitsZero() {
    var result = lint(LintFixtures.copy("RT102", "pass", dir)).succeeded();

    assertThat(result.out()).isEqualTo("no problems found\n");
  }

  @Test
  void lint_text_showsFileLineSeverityCodeAndFix() {
    var result = lint(LintFixtures.copy("RT111", "fail", dir));

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly(
        "migrations/versions/bbbb00000002_change.sql:1: warning[RT111] revision bbbb00000002 has no '-- +downgrade'"
            + " section, so it cannot be downgraded",
        "  fix: add '-- +downgrade' after the upgrade statements, followed by statements that undo them",
        "",
        "0 errors, 1 warning in 1 file");
    assertThat(result.out()).doesNotContain("\u001b[");
  }

  @Test
  void lint_text_groupsFindingsByFileWithBlankLines() {
    var result = lint(LintFixtures.copy("RT110", "fail", dir));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains(
        "migrations/versions/bbbb00000002_change.sql:2: error[RT110] ",
        "\n\nmigrations/versions/cccc00000003_change.sql:1: warning[RT111] ",
        "1 error, 1 warning in 2 files");
  }

  @Test
  void lint_strict_failsOnWarnings() {
    Path project = LintFixtures.copy("RT111", "fail", dir);

    assertThat(lint(project).exitCode()).isZero();
    assertThat(lint(project, "--strict").exitCode()).isEqualTo(1);
  }

  @Test
  void lint_severalHeads_namesBothHeadsAndTheMergeCommand() {
    JsonNode finding = lint(LintFixtures.copy("RT101", "fail", dir), "--format", "json").json().get(0);

    assertThat(finding.get("message").asText())
        .contains("2 heads", "bbbb00000002 (bbbb00000002_change.sql)", "cccc00000003", "'retort upgrade head' would fail");
    assertThat(finding.get("fix").asText()).isEqualTo("retort merge heads -m \"merge heads\"");
  }

  @Test
  void lint_fileNameUsedAsRevises_givesTheRightId() {
    JsonNode findings = lint(LintFixtures.copy("RT102", "fail", dir), "--format", "json").json();
    JsonNode finding = findings.get(0);

    assertThat(LintFixtures.codes(findings)).containsExactly("RT102");
    assertThat(finding.get("message").asText()).contains("file name of", "aaaa00000001");
    assertThat(finding.get("fix").asText()).isEqualTo("Revises: aaaa00000001");
  }

  @Test
  void lint_longIds_warnAbove32AndFailAboveTheConfiguredWidth() {
    JsonNode findings = lint(LintFixtures.copy("RT109", "fail", dir), "--format", "json").json();

    assertThat(LintFixtures.withCode(findings, "RT109"))
        .extracting(f -> f.get("file").asText().replaceAll(".*/", "") + " " + f.get("severity").asText())
        .containsExactlyInAnyOrder("a".repeat(34) + "_change.sql warning", "b".repeat(40) + "_change.sql error");
  }

  @Test
  void lint_malformedHeaderInOneFile_stillLintsTheOthers() {
    JsonNode findings = lint(LintFixtures.copy("RT110", "fail", dir), "--format", "json").json();

    assertThat(LintFixtures.codes(findings)).containsExactly("RT110", "RT111");
  }

  @Test
  void lint_configOff_silencesTheRule() throws IOException {
    Path project = LintFixtures.copy("RT111", "fail", dir);
    Files.writeString(project.resolve("retort.toml"), "\n[lint]\nRT111 = \"off\"\n", java.nio.file.StandardOpenOption.APPEND);

    assertThat(lint(project, "--strict").succeeded().out()).isEqualTo("no problems found\n");
  }

  @Test
  void lint_configByRuleName_relevelsTheRule() throws IOException {
    Path project = LintFixtures.copy("RT107", "fail", dir);
    Files.writeString(project.resolve("retort.toml"), "\n[lint]\nfile-name-mismatch = \"error\"\n",
        java.nio.file.StandardOpenOption.APPEND);

    var result = lint(project, "--format", "json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(LintFixtures.withCode(result.json(), "RT107").get(0).get("severity").asText()).isEqualTo("error");
  }

  @Test
  void lint_configUnknownLevel_isAConfigurationError() throws IOException {
    Path project = LintFixtures.copy("RT111", "fail", dir);
    Files.writeString(project.resolve("retort.toml"), "\n[lint]\nRT111 = \"loud\"\n", java.nio.file.StandardOpenOption.APPEND);

    lint(project).failedWith("RT-C002");
  }

  @Test
  void lint_ignoreWithReason_suppressesOnlyThatFile() throws IOException {
    Path project = LintFixtures.copy("RT111", "fail", dir);
    Path other = project.resolve("migrations/versions/cccc00000003_change.sql");
    Files.writeString(other, "-- Revision: cccc00000003\n-- Revises: bbbb00000002\n\n-- +upgrade\nCREATE TABLE c (id INT);\n");
    Path file = project.resolve("migrations/versions/bbbb00000002_change.sql");
    Files.writeString(file, "-- retort:lint-ignore RT111 data migration, cannot be undone\n" + Files.readString(file));

    JsonNode findings = lint(project, "--format", "json").json();

    assertThat(LintFixtures.withCode(findings, "RT111"))
        .extracting(f -> f.get("file").asText()).containsExactly("migrations/versions/cccc00000003_change.sql");
  }

  @Test
  void lint_ignoreWithoutReason_isAnErrorAndSuppressesNothing() {
    JsonNode findings = lint(LintFixtures.copy("RT100", "fail", dir), "--format", "json").json();

    assertThat(LintFixtures.codes(findings)).containsExactly("RT111", "RT100");
    assertThat(LintFixtures.withCode(findings, "RT100").get(0).get("fix").asText())
        .isEqualTo("say why the rule does not apply: -- retort:lint-ignore RT111 <reason>");
  }
}
