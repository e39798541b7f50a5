package dev.retort.api;

import static dev.retort.api.FleetReportFixtures.behind;
import static dev.retort.api.FleetReportFixtures.failed;
import static dev.retort.api.FleetReportFixtures.report;
import static dev.retort.api.FleetReportFixtures.target;
import static dev.retort.api.FleetReportFixtures.unreachable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing, reading and checking JSON fleet report files (FleetReports.write / read). */
class FleetReportsTest {
  @TempDir Path dir;

  private static FleetReport everyKindOfTarget() {
    return report("2/4", "2026-12-07T09:30:00.125Z", 65_000,
        target("acme", FleetTargetStatus.UPGRADED),
        failed("globex <b>", "RT-V004", "relation \"orders\" already exists", "CREATE TABLE orders (id int);\n-- é"),
        unreachable("initech"), behind("umbrella"), target("hooli", FleetTargetStatus.SKIPPED));
  }

  @Test
  void write_thenRead_givesTheSameReport() {
    FleetReport report = everyKindOfTarget();
    Path file = dir.resolve("out/nested/fleet.json");

    FleetReports.write(report, file);

    assertThat(FleetReports.read(file)).isEqualTo(report);
  }

  @Test
  void write_emptyRevisionTargetAndShard_areNullAndReadBackEmpty() throws IOException {
    FleetReport report = new FleetReport("status", "", "", Instant.parse("2026-01-01T00:00:00Z"), 3, List.of());
    Path file = dir.resolve("status.JSON");

    FleetReports.write(report, file);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("revision_target").isNull()).isTrue();
    assertThat(json.get("shard").isNull()).isTrue();
    assertThat(FleetReports.read(file)).isEqualTo(report);
  }

  @Test
  void write_json_hasTheDocumentedFieldsAndSummary() throws IOException {
    Path file = dir.resolve("fleet.json");

    FleetReports.write(everyKindOfTarget(), file);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.get("command").asText()).isEqualTo("upgrade");
    assertThat(json.get("revision_target").asText()).isEqualTo("heads");
    assertThat(json.get("shard").asText()).isEqualTo("2/4");
    assertThat(json.get("started_at").asText()).isEqualTo("2026-12-07T09:30:00.125Z");
    assertThat(json.get("duration_ms").asLong()).isEqualTo(65_000);
    JsonNode summary = json.get("summary");
    assertThat(summary.get("upgraded").asInt()).isEqualTo(1);
    assertThat(summary.get("failed").asInt()).isEqualTo(1);
    assertThat(summary.get("unreachable").asInt()).isEqualTo(1);
    assertThat(summary.get("behind").asInt()).isEqualTo(1);
    assertThat(summary.get("skipped").asInt()).isEqualTo(1);
    assertThat(summary.get("downgraded").asInt()).isZero();
    JsonNode failedTarget = json.get("targets").get(1);
    assertThat(failedTarget.get("name").asText()).isEqualTo("globex <b>");
    assertThat(failedTarget.get("status").asText()).isEqualTo("failed");
    assertThat(failedTarget.get("schema").asText()).isEqualTo("tenant_globex <b>");
    assertThat(failedTarget.get("tags").toString()).isEqualTo("[\"eu\",\"paying\"]");
    assertThat(failedTarget.get("before").toString()).isEqualTo("[\"a1b2c3d4e5f6\"]");
    assertThat(failedTarget.get("duration_ms").asLong()).isEqualTo(1234);
    JsonNode error = failedTarget.get("error");
    assertThat(error.get("code").asText()).isEqualTo("RT-V004");
    assertThat(error.get("line").asInt()).isEqualTo(12);
    assertThat(error.get("file").asText()).isEqualTo("migrations/versions/b2c3d4e5f6a7_add_orders.sql");
    assertThat(error.get("statement").asText()).startsWith("CREATE TABLE orders");
    assertThat(failedTarget.get("state").isNull()).isTrue();
    JsonNode upgraded = json.get("targets").get(0);
    assertThat(upgraded.get("error").isNull()).isTrue();
    assertThat(upgraded.get("schema").isNull()).isTrue();
    JsonNode state = json.get("targets").get(3).get("state");
    assertThat(state.get("pending").asInt()).isEqualTo(3);
    assertThat(state.get("drift").asBoolean()).isTrue();
    assertThat(state.get("drift_differences").toString())
        .isEqualTo("[\"- index ix_orders_note on orders\",\"+ column orders.total\"]");
    assertThat(state.get("drift_not_checked").isNull()).isTrue();
    assertThat(json.get("targets").get(0).get("state").isNull()).isTrue();
    assertThat(json.get("targets").get(2).get("error").get("line").isNull()).isTrue();
  }

  @Test
  void read_driftFields_roundTrip_andAnOlderReportWithoutThemReadsAsNone() throws IOException {
    FleetTargetState notChecked = new FleetTargetState(0, List.of(), List.of(), List.of("u1"), Optional.empty())
        .withDriftNotChecked("revision u1 was started and never finished");
    FleetTargetResult unresolved = new FleetTargetResult("u", "all", List.of(), "sqlite:u.db", Optional.empty(),
        FleetTargetStatus.UNCHANGED, List.of("u1"), List.of("u1"), 3, Optional.empty(), Optional.of(notChecked));
    FleetReport report = FleetReportFixtures.report("", "2026-12-07T09:30:00Z", 10,
        FleetReportFixtures.behind("drifted"), unresolved);
    Path file = dir.resolve("drift.json");
    FleetReports.write(report, file);

    FleetReport read = FleetReports.read(file);

    assertThat(read).isEqualTo(report);
    FleetTargetState state = read.targets().get(0).state().orElseThrow();
    assertThat(state.driftDifferences()).containsExactly("- index ix_orders_note on orders", "+ column orders.total");
    assertThat(read.targets().get(1).state().orElseThrow().driftNotChecked())
        .contains("revision u1 was started and never finished");
    Files.writeString(file, Files.readString(file).replaceAll("(?m)^.*\"drift_(differences|not_checked)\".*\n", "")
        .replaceAll(",(\\s*\\n\\s*\\})", "$1"));
    FleetTargetState older = FleetReports.read(file).targets().get(0).state().orElseThrow();
    assertThat(older.drift()).contains(true);
    assertThat(older.driftDifferences()).isEmpty();
    assertThat(older.driftNotChecked()).isEmpty();
  }

  @Test
  void write_overExistingFile_replacesItAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("fleet.json");
    Files.writeString(file, "old content that is longer than nothing");

    FleetReports.write(report("", "2026-12-07T09:30:00Z", 1, target("acme", FleetTargetStatus.UNCHANGED)), file);

    assertThat(FleetReports.read(file).targets()).extracting(FleetTargetResult::name).containsExactly("acme");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_unknownExtension_failsNamingTheFileAndBothExtensions() {
    Path file = dir.resolve("fleet.txt");

    assertThatThrownBy(() -> FleetReports.write(everyKindOfTarget(), file))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("RT-F101").hasMessageContaining("fleet.txt")
        .hasMessageContaining(".json").hasMessageContaining(".html");
    assertThat(file).doesNotExist();
  }

  @Test
  void requireKnownFormat_acceptsJsonAndHtmlAndRefusesTheRest() {
    FleetReports.requireKnownFormat(dir.resolve("a.json"));
    FleetReports.requireKnownFormat(dir.resolve("a.HTML"));

    assertThatThrownBy(() -> FleetReports.requireKnownFormat(dir.resolve(".json")))
        .hasMessageContaining("RT-F101");
    assertThatThrownBy(() -> FleetReports.requireKnownFormat(dir.resolve("report.htm")))
        .hasMessageContaining("RT-F101");
  }

  @Test
  void write_parentIsAFile_failsWithTheFile() throws IOException {
    Files.writeString(dir.resolve("plain"), "x");
    Path file = dir.resolve("plain/fleet.json");

    assertThatThrownBy(() -> FleetReports.write(everyKindOfTarget(), file))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("RT-F101").hasMessageContaining("fleet.json");
  }

  @Test
  void read_missingFile_saysSo() {
    assertThatThrownBy(() -> FleetReports.read(dir.resolve("shard-3.json")))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("RT-F102").hasMessageContaining("shard-3.json")
        .hasMessageContaining("no such file");
  }

  @Test
  void read_truncatedJson_namesTheLine() throws IOException {
    Path file = dir.resolve("cut.json");
    FleetReports.write(everyKindOfTarget(), file);
    String text = Files.readString(file);
    Files.writeString(file, text.substring(0, text.indexOf("\"initech\"")));
    long lines = text.substring(0, text.indexOf("\"initech\"")).lines().count();

    assertThatThrownBy(() -> FleetReports.read(file))
        .hasMessageContaining("RT-F102").hasMessageContaining("cut.json:" + lines + ":")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void read_jsonThatIsNoReport_saysWhatIsMissing() throws IOException {
    Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
    Path lint = Files.writeString(dir.resolve("lint.json"), "{\n  \"findings\": []\n}\n");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");

    assertThatThrownBy(() -> FleetReports.read(array))
        .hasMessageContaining("RT-F102").hasMessageContaining("not a fleet report").hasMessageContaining("an array");
    assertThatThrownBy(() -> FleetReports.read(lint))
        .hasMessageContaining("lint.json:1:").hasMessageContaining("no \"command\"");
    assertThatThrownBy(() -> FleetReports.read(empty)).hasMessageContaining("empty");
  }

  @Test
  void read_unknownStatus_namesTheTargetTheValueAndItsLine() throws IOException {
    Path file = dir.resolve("fleet.json");
    FleetReports.write(everyKindOfTarget(), file);
    String text = Files.readString(file);
    int statusLine = (int) text.substring(0, text.indexOf("\"status\": \"unreachable\"")).lines().count();
    Files.writeString(file, text.replace("\"status\": \"unreachable\"", "\"status\": \"exploded\""));

    assertThatThrownBy(() -> FleetReports.read(file))
        .hasMessageContaining("fleet.json:" + statusLine + ":")
        .hasMessageContaining("target 3 (initech)").hasMessageContaining("\"exploded\"")
        .hasMessageContaining("unreachable, skipped");
  }

  @Test
  void read_minimalReport_fillsTheOptionalFieldsWithEmptyValues() throws IOException {
    Path file = Files.writeString(dir.resolve("min.json"), """
        {"command": "check", "started_at": "2026-12-07T10:00:00Z", "duration_ms": 9,
         "targets": [{"name": "acme", "status": "unchanged"}]}
        """);

    FleetReport report = FleetReports.read(file);

    assertThat(report.revisionTarget()).isEmpty();
    assertThat(report.targets()).singleElement().satisfies(t -> {
      assertThat(t.status()).isEqualTo(FleetTargetStatus.UNCHANGED);
      assertThat(t.before()).isEmpty();
      assertThat(t.error()).isEqualTo(Optional.empty());
    });
  }

  @Test
  void write_html_writesAPage() throws IOException {
    Path file = dir.resolve("fleet.html");

    FleetReports.write(everyKindOfTarget(), file);

    assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("globex &lt;b&gt;");
  }
}
