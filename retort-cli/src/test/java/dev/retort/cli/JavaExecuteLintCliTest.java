package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL rules read the {@code op.execute("...")} literals of a Java revision's {@code upgrade}
 * method: fixtures {@code lint/<CODE>/{fail,pass}-java}, whose revision is {@code Change_bbbb00000002.java}.
 */
class JavaExecuteLintCliTest {
  private static final String FILE = "migrations/versions/Change_bbbb00000002.java";

  @TempDir Path dir;

  @Test
  void dropTableInExecute_isRT201AtTheLiteralsLine() {
    CliRun.Result result = CliRun.run(LintFixtures.copy("RT201", "fail-java", dir), Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).as("stdout:\n%s\nstderr:\n%s", result.out(), result.err()).isZero();
    List<JsonNode> found = LintFixtures.withCode(result.json(), "RT201");
    assertThat(found).as("RT201 findings in:\n%s", result.out()).hasSize(1);
    assertThat(found.get(0).get("file").asText()).isEqualTo(FILE);
    assertThat(found.get(0).get("line").asInt()).isEqualTo(14);
    assertThat(found.get(0).get("message").asText()).contains("ix_users_name");
    assertThat(LintFixtures.codes(result.json())).as("findings in:\n%s", result.out())
        .filteredOn(c -> c.startsWith("RT2")).containsExactly("RT201");
  }

  @Test
  void safeExecuteCalls_commentsDowngradeAndNonLiterals_giveNoSqlFinding() {
    CliRun.Result result = CliRun.run(LintFixtures.copy("RT201", "pass-java", dir), Map.of(), "lint", "--format", "json");

    // (RT202 applies to PostgreSQL only; the next test checks it)
    assertThat(LintFixtures.codes(result.json())).as("findings in:\n%s", result.out()).noneMatch(c -> c.startsWith("RT2"));
    assertThat(result.exitCode()).as("stdout:\n%s", result.out()).isZero();
  }

  @Test
  void indexOnATableOpCreateTableMade_isNoRT202_butOnAnExistingTableItIs() throws java.io.IOException {
    // RT202 applies to PostgreSQL only; the fixture's own URL is SQLite
    Map<String, String> postgres = Map.of("RETORT_URL", "postgresql://lint@localhost/lint");
    Path project = LintFixtures.copy("RT201", "pass-java", dir);

    CliRun.Result clean = CliRun.run(project, postgres, "lint", "--format", "json");
    assertThat(LintFixtures.codes(clean.json())).as("findings in:\n%s", clean.out()).noneMatch(c -> c.startsWith("RT2"));

    Path revision = project.resolve(FILE);
    String source = java.nio.file.Files.readString(revision);
    java.nio.file.Files.writeString(revision, source.replaceFirst("(?m)^\\s*op\\.createTable\\(.*\\n", ""));
    CliRun.Result flagged = CliRun.run(project, postgres, "lint", "--format", "json");
    List<JsonNode> found = LintFixtures.withCode(flagged.json(), "RT202");
    assertThat(found).as("RT202 findings in:\n%s", flagged.out()).hasSize(1);
    assertThat(found.get(0).get("file").asText()).isEqualTo(FILE);
    assertThat(found.get(0).get("message").asText()).contains("audit");
    assertThat(found.get(0).get("fix").asText()).contains("transactional = false in @Revision");
  }

  @Test
  void concurrentlyInExecuteOfATransactionalJavaRevision_isRT113() {
    CliRun.Result result = CliRun.run(LintFixtures.copy("RT113", "fail-java", dir), Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).as("stdout:\n%s", result.out()).isEqualTo(1);
    List<JsonNode> found = LintFixtures.withCode(result.json(), "RT113");
    assertThat(found).as("RT113 findings in:\n%s", result.out()).hasSize(1);
    assertThat(found.get(0).get("file").asText()).isEqualTo(FILE);
    assertThat(found.get(0).get("line").asInt()).isEqualTo(11);
    assertThat(found.get(0).get("fix").asText()).contains("transactional = false");
  }
}
