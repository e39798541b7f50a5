package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code $ retort --help} block of docs/commands.md is what {@code retort --help} prints: every command, current text. */
class HelpDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "commands.md");

  @TempDir Path dir;

  @Test
  void theHelpBlockOfTheCommandsPage_isTheHelpRetortPrints() throws Exception {
    List<String> page = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    int start = page.indexOf("$ retort --help");
    assertThat(start).as("a '$ retort --help' block in %s", PAGE).isPositive();
    int end = start + 1;
    while (!page.get(end).equals("```")) {
      end++;
    }
    List<String> shown = page.subList(start + 1, end);

    var result = CliRun.run(dir, Map.of(), "--help").succeeded();

    assertThat(shown).as("docs/commands.md's help block; paste the output of retort --help")
        .isEqualTo(result.out().lines().toList());
  }
}
