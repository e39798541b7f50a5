package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.FleetReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/fleet-reports.md shows what Retort writes and prints: its first JSON block is a report as
 * {@code FleetReports} writes it, and its {@code $ retort fleet report --merge} block is the output
 * of merging that report with the page's second JSON block.
 */
class FleetReportDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "fleet-reports.md");

  @TempDir Path dir;

  /** The code blocks of the page that open with {@code ```<kind>}, each without its fences. */
  private static List<String> blocks(String kind) throws IOException {
    List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("```" + kind)) {
        int end = lines.subList(i + 1, lines.size()).indexOf("```") + i + 1;
        blocks.add(String.join("\n", lines.subList(i + 1, end)) + "\n");
        i = end;
      }
    }
    return blocks;
  }

  @Test
  void theJsonExample_isWhatFleetReportsWrites() throws IOException {
    String shown = blocks("json").get(0);
    Path file = Files.writeString(dir.resolve("shard-1.json"), shown);

    assertThat(FleetReports.toJson(FleetReports.read(file))).isEqualTo(shown);
  }

  @Test
  void theMergeExample_isWhatTheCommandPrints() throws IOException {
    List<String> json = blocks("json");
    Files.createDirectories(dir.resolve("reports"));
    Files.writeString(dir.resolve("reports/shard-1.json"), json.get(0));
    Files.writeString(dir.resolve("reports/shard-2.json"), json.get(1));
    String example = blocks("").stream().filter(b -> b.startsWith("$ retort fleet report")).findFirst().orElseThrow();
    List<String> lines = CliRun.lines(example);
    String[] args = Arrays.copyOfRange(lines.get(0).split(" "), 2, lines.get(0).split(" ").length);

    var result = CliRun.run(dir, Map.of(), args);

    assertThat(result.exitCode()).as("the example has failures: exit 1").isEqualTo(1);
    assertThat(result.outLines()).isEqualTo(lines.subList(1, lines.size()));
    assertThat(FleetReports.read(dir.resolve("fleet.json")).targets()).hasSize(5);
    assertThat(dir.resolve("fleet.html")).isRegularFile();
  }
}
