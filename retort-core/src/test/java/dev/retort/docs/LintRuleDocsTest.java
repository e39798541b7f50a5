package dev.retort.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Linter;
import dev.retort.lint.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every lint rule has its page {@code docs/lint/<CODE>.md} with the four parts the docs promise
 * (what it catches, why it matters, the fix, an example) and a row in {@code docs/lint/README.md}
 *
 */
class LintRuleDocsTest {
  private static final Path LINT_DOCS = Path.of("..", "docs", "lint");

  @Test
  void everyRule_hasAPageWithItsPartsAndAnIndexRow() throws IOException {
    String index = Files.readString(LINT_DOCS.resolve("README.md"), StandardCharsets.UTF_8);
    for (RuleInfo rule : Linter.standard().rules()) {
      Path page = LINT_DOCS.resolve(rule.code() + ".md");
      assertThat(page).as("page for %s %s", rule.code(), rule.name()).isRegularFile();
      String text = Files.readString(page, StandardCharsets.UTF_8);
      assertThat(text).as(page.toString()).startsWith("# " + rule.code() + " ").contains(rule.name());
      assertThat(text.toLowerCase(java.util.Locale.ROOT)).as(page.toString())
          .contains("## what it catches", "## why it matters", "## the fix", "## example");
      assertThat(index).as("row for %s in docs/lint/README.md", rule.code()).contains("[" + rule.code() + "]");
    }
  }
}
