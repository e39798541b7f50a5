package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One failing and one passing fixture per SQL safety rule (RT2xx) under
 * {@code src/test/resources/lint/<CODE>/{fail,pass}}, run through {@code retort lint --format json}.
 * The offending statement is always on line 7 of {@code bbbb00000002_change.sql}.
 */
class SqlLintRulesCliTest {
  @TempDir Path dir;

  /** code, severity, exit code. */
  static Stream<Arguments> failing() {
    return Stream.of(
        Arguments.of("RT201", "warning", 0),
        Arguments.of("RT202", "warning", 0),
        Arguments.of("RT203", "error", 1),
        Arguments.of("RT204", "warning", 0),
        Arguments.of("RT205", "warning", 0),
        Arguments.of("RT206", "warning", 0),
        Arguments.of("RT207", "warning", 0));
  }

  @ParameterizedTest(name = "{0} fail")
  @MethodSource("failing")
  void failingFixture_reportsTheRuleAtTheStatementsLine(String code, String severity, int exit) {
    Path project = LintFixtures.copy(code, "fail", dir);

    CliRun.Result result = CliRun.run(project, Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).as("exit code; stdout:\n%s\nstderr:\n%s", result.out(), result.err()).isEqualTo(exit);
    List<JsonNode> found = LintFixtures.withCode(result.json(), code);
    assertThat(found).as("findings %s in:\n%s", code, result.out()).hasSize(1);
    JsonNode finding = found.get(0);
    assertThat(finding.get("file").asText()).isEqualTo("migrations/versions/bbbb00000002_change.sql");
    assertThat(finding.get("line").asInt()).isEqualTo(7);
    assertThat(finding.get("severity").asText()).isEqualTo(severity);
    assertThat(finding.get("message").asText()).isNotBlank();
    assertThat(finding.get("fix").asText()).isNotBlank();
  }

  @ParameterizedTest(name = "{0} pass")
  @ValueSource(strings = {"RT201", "RT202", "RT203", "RT204", "RT205", "RT206", "RT207"})
  void passingFixture_reportsNoSqlFinding(String code) {
    Path project = LintFixtures.copy(code, "pass", dir);

    CliRun.Result result = CliRun.run(project, Map.of(), "lint", "--format", "json");

    assertThat(LintFixtures.codes(result.json())).as("findings in:\n%s", result.out()).noneMatch(c -> c.startsWith("RT2"));
    assertThat(result.exitCode()).as("stdout:\n%s", result.out()).isZero();
  }
}
