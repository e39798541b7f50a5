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

/**
 * One failing and one passing fixture per graph/content rule (RT1xx), run through the CLI with
 * {@code --format json}: the failing one reports the rule at the expected file and line with the
 * expected exit code; the passing one reports no RT1xx finding and exits 0.
 */
class LintRulesCliTest {
  @TempDir Path dir;

  /** code, severity, exit code, file name, line. */
  static Stream<Arguments> failing() {
    return Stream.of(
        Arguments.of("RT100", "error", 1, "aaaa00000001_change.sql", 5),
        Arguments.of("RT101", "error", 1, "cccc00000003_change.sql", 1),
        Arguments.of("RT102", "error", 1, "bbbb00000002_change.sql", 2),
        Arguments.of("RT103", "error", 1, "aaaa00000001_duplicate.sql", 1),
        Arguments.of("RT104", "error", 1, null, 2),
        Arguments.of("RT105", "error", 1, "cccc00000003_change.sql", 2),
        Arguments.of("RT106", "error", 1, "bbbb-0002_change.sql", 1),
        Arguments.of("RT107", "warning", 0, "add_email.sql", 1),
        Arguments.of("RT108", "warning", 0, "aaaa00000001_change.sql", 1),
        Arguments.of("RT109", "error", 1, "b".repeat(40) + "_change.sql", 1),
        Arguments.of("RT110", "error", 1, "bbbb00000002_change.sql", 2),
        Arguments.of("RT111", "warning", 0, "bbbb00000002_change.sql", 1),
        Arguments.of("RT112", "warning", 0, "bbbb00000002_change.sql", 1),
        Arguments.of("RT113", "error", 1, "bbbb00000002_change.sql", 7),
        Arguments.of("RT114", "error", 1, "bbbb00000002_change.sql", 5),
        Arguments.of("RT115", "error", 1, "bbbb00000002_change.java", 8));
  }

  static Stream<String> codes() {
    return failing().map(a -> (String) a.get()[0]);
  }

  @ParameterizedTest(name = "{0} fail")
  @MethodSource("failing")
  void lint_failingFixture_reportsTheRuleAtFileAndLine(String code, String severity, int exit, String file, int line) {
    Path project = LintFixtures.copy(code, "fail", dir);

    CliRun.Result result = CliRun.run(project, Map.of(), "lint", "--format", "json");

    assertThat(result.exitCode()).as("exit code; stdout:\n%s\nstderr:\n%s", result.out(), result.err()).isEqualTo(exit);
    assertThat(result.err()).isEmpty();
    List<JsonNode> found = LintFixtures.withCode(result.json(), code);
    assertThat(found).as("findings %s in:\n%s", code, result.out()).isNotEmpty();
    JsonNode first = found.stream()
        .filter(f -> file == null || f.get("file").asText().endsWith("/" + file))
        .findFirst().orElseThrow(() -> new AssertionError("no " + code + " on " + file + " in:\n" + result.out()));
    assertThat(first.get("file").asText()).startsWith("migrations/versions/");
    assertThat(first.get("line").asInt()).isEqualTo(line);
    assertThat(first.get("severity").asText()).isEqualTo(severity);
    assertThat(first.get("message").asText()).isNotBlank();
    assertThat(first.get("fix").asText()).isNotBlank();
    assertThat(first.get("name").asText()).matches("[a-z-]+");
  }

  @ParameterizedTest(name = "{0} pass")
  @MethodSource("codes")
  void lint_passingFixture_reportsNoGraphOrContentFinding(String code) {
    Path project = LintFixtures.copy(code, "pass", dir);

    CliRun.Result result = CliRun.run(project, Map.of(), "lint", "--format", "json");

    assertThat(LintFixtures.codes(result.json())).as("findings in:\n%s", result.out())
        .noneMatch(c -> c.startsWith("RT1"));
    assertThat(result.exitCode()).as("stdout:\n%s", result.out()).isZero();
  }
}
