package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint --color=auto|always|never}. Tests run without a terminal, so {@code auto} (the
 * default) means no colour here; {@code always} colours even into a pipe.
 */
class LintColorCliTest {
  private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;]*m");

  @TempDir Path dir;
  private Path project;

  /** RT110's failing fixture has one error and one warning, in two files. */
  @BeforeEach
  void copyFixture() {
    project = LintFixtures.copy("RT110", "fail", dir);
  }

  private CliRun.Result lint(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(project, env, all);
  }

  private static String strip(String text) {
    return ESCAPE.matcher(text).replaceAll("");
  }

  /** The colour of {@code severity} before {@code [code]}: the escape that opens it, or null. */
  private static String colourOf(String text, String severity, String code) {
    Matcher m = Pattern.compile("(\u001b\\[[0-9;]*m)" + severity + "\u001b\\[0m\\[" + code + "]").matcher(text);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void lint_colorAlways_paintsErrorsAndWarningsDifferently_evenIntoAPipe() {
    var coloured = lint(Map.of(), "--color=always");
    var plain = lint(Map.of(), "--color=never");

    assertThat(coloured.exitCode()).isEqualTo(1);
    assertThat(coloured.err()).isEmpty();
    String error = colourOf(coloured.out(), "error", "RT110");
    String warning = colourOf(coloured.out(), "warning", "RT111");
    assertThat(error).as("escape before error in:\n%s", coloured.out()).isNotNull();
    assertThat(warning).as("escape before warning in:\n%s", coloured.out()).isNotNull();
    assertThat(error).isNotEqualTo(warning);
    assertThat(strip(coloured.out())).isEqualTo(plain.out());
  }

  @Test
  void lint_colorAlways_winsOverNoColor() {
    var result = lint(Map.of("NO_COLOR", "1"), "--color", "always");

    assertThat(result.out()).contains("\u001b[");
  }

  @Test
  void lint_colorNeverAndAuto_withoutATerminal_writeNoEscapes() {
    for (String[] args : new String[][] {{}, {"--color=auto"}, {"--color=never"}}) {
      var result = lint(Map.of(), args);
      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.out()).as(String.join(" ", args)).contains("error[RT110]").doesNotContain("\u001b");
    }
    assertThat(lint(Map.of("NO_COLOR", "1")).out()).doesNotContain("\u001b");
  }

  @Test
  void lint_colorAlways_leavesJsonAndSarifPlain() {
    assertThat(lint(Map.of(), "--color=always", "--format", "json").out()).doesNotContain("\u001b");
    assertThat(lint(Map.of(), "--color=always", "--format", "sarif").out()).doesNotContain("\u001b");
  }

  @Test
  void lint_colorWithABadValue_isAUsageError() {
    var result = lint(Map.of(), "--color=sometimes").usageError();

    assertThat(result.err()).contains("--color").contains("sometimes").contains("auto, always, never");
  }
}
