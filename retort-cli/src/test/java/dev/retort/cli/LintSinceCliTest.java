package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --since REF}: only revisions added since the ref (or untracked) are linted. */
class LintSinceCliTest {
  @TempDir Path dir;

  private static final String NO_DOWNGRADE = "-- Revision: %s\n-- Revises: %s\n-- Message: change\n\n-- +upgrade\nCREATE TABLE t_%s (id INT);\n";

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as("git %s: %s", String.join(" ", args), out).isZero();
  }

  private Path write(String id, String revises) throws IOException {
    Path file = dir.resolve("migrations/versions/" + id + "_change.sql");
    Files.writeString(file, NO_DOWNGRADE.formatted(id, revises, id));
    return file;
  }

  @Test
  void lint_since_reportsOnlyFilesAddedSinceTheRefOrUntracked() throws Exception {
    LintFixtures.copy("RT111", "fail", dir); // aaaa (clean) and bbbb (no downgrade)
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    git("tag", "base");
    write("cccc00000003", "bbbb00000002");
    git("add", ".");
    git("commit", "-q", "-m", "add cccc");
    write("dddd00000004", "cccc00000003"); // untracked

    JsonNode all = CliRun.run(dir, Map.of(), "lint", "--format", "json").json();
    JsonNode since = CliRun.run(dir, Map.of(), "lint", "--format", "json", "--since", "base").json();

    assertThat(files(all)).containsExactly("bbbb00000002_change.sql", "cccc00000003_change.sql", "dddd00000004_change.sql");
    assertThat(files(since)).containsExactly("cccc00000003_change.sql", "dddd00000004_change.sql");
  }

  @Test
  void lint_since_nothingAdded_stillReportsSeveralHeads() throws Exception {
    LintFixtures.copy("RT101", "fail", dir);
    Files.writeString(dir.resolve("migrations/versions/bbbb00000002_change.sql"), NO_DOWNGRADE.formatted(
        "bbbb00000002", "aaaa00000001", "bbbb00000002"));
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");

    var result = CliRun.run(dir, Map.of(), "lint", "--format", "json", "--since", "HEAD");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(LintFixtures.codes(result.json())).containsExactly("RT101");
  }

  @Test
  void lint_since_outsideAGitRepository_failsWithAFix() {
    LintFixtures.copy("RT111", "fail", dir);

    var result = CliRun.run(dir, Map.of("GIT_CEILING_DIRECTORIES", dir.getParent().toString()), "lint", "--since", "main");

    assertThat(result.exitCode()).isEqualTo(1);
    // 'main' is no revision either: one error that says both, with git's reason and fix
    assertThat(result.err()).startsWith("error[RT-A003]: --since 'main' names neither a revision nor a git ref")
        .contains("not a revision: ").contains("not a git ref: ").contains("not a git repository")
        .contains("fix: name a revision").contains("inside a git repository");
  }

  @Test
  void lint_since_revision_reportsOnlyItsDescendants() throws Exception {
    LintFixtures.copy("RT111", "fail", dir); // aaaa (clean) and bbbb (no downgrade)
    write("cccc00000003", "bbbb00000002");
    write("dddd00000004", "cccc00000003");

    JsonNode byId = CliRun.run(dir, Map.of(), "lint", "--format", "json", "--since", "bbbb00000002").json();
    JsonNode byPrefix = CliRun.run(dir, Map.of(), "lint", "--format", "json", "--since", "bbbb").json();
    JsonNode explicit = CliRun.run(dir, Map.of(), "lint", "--format", "json", "--since-revision", "cccc").json();

    assertThat(files(byId)).containsExactly("cccc00000003_change.sql", "dddd00000004_change.sql");
    assertThat(files(byPrefix)).containsExactly("cccc00000003_change.sql", "dddd00000004_change.sql");
    assertThat(files(explicit)).containsExactly("dddd00000004_change.sql");
  }

  @Test
  void lint_since_bothARevisionAndAGitRef_isAnErrorNamingTheExplicitForms() throws Exception {
    LintFixtures.copy("RT111", "fail", dir);
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "base");
    git("tag", "aaaa00000001"); // a tag spelled like the revision id

    var result = CliRun.run(dir, Map.of(), "lint", "--since", "aaaa00000001");

    result.failedWith("RT-A003");
    assertThat(result.err()).contains("names both a revision and a git commit")
        .contains("retort lint --since-revision aaaa00000001").contains("--since 'aaaa00000001^{commit}'");
    // the explicit forms work
    assertThat(CliRun.run(dir, Map.of(), "lint", "--since-revision", "aaaa00000001").exitCode()).isZero();
    assertThat(CliRun.run(dir, Map.of(), "lint", "--since", "aaaa00000001^{commit}").exitCode()).isZero();
  }

  private static List<String> files(JsonNode findings) {
    List<String> names = new ArrayList<>();
    findings.forEach(f -> names.add(f.get("file").asText().replaceAll(".*/", "")));
    return names;
  }
}
