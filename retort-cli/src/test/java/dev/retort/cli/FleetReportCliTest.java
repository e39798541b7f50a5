package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.FleetFailure;
import dev.retort.api.FleetReport;
import dev.retort.api.FleetReports;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort fleet report --merge}: shards' JSON reports merged, written and summed up. */
class FleetReportCliTest {
  @TempDir Path dir;

  private static FleetTargetResult target(String name, FleetTargetStatus status) {
    return new FleetTargetResult(name, "all", List.of("eu"), "postgresql://db.example/" + name, Optional.empty(),
        status, List.of("a1b2c3d4e5f6"), List.of(status == FleetTargetStatus.UPGRADED ? "b2c3d4e5f6a7"
            : "a1b2c3d4e5f6"), 25, Optional.empty(), Optional.empty());
  }

  private static FleetTargetResult failed(String name) {
    FleetFailure failure = new FleetFailure(Optional.of("RT-V004"), "column \"total\" contains null values",
        Optional.of("b2c3d4e5f6a7"), Optional.of("migrations/versions/b2c3d4e5f6a7_add_total.sql"),
        OptionalInt.of(12), Optional.of("ALTER TABLE orders ADD total numeric NOT NULL"), Optional.empty());
    return new FleetTargetResult(name, "all", List.of(), "postgresql://db.example/" + name, Optional.empty(),
        FleetTargetStatus.FAILED, List.of("a1b2c3d4e5f6"), List.of("a1b2c3d4e5f6"), 80, Optional.of(failure),
        Optional.empty());
  }

  private Path shard(String file, String command, String shard, String startedAt, FleetTargetResult... targets) {
    Path path = dir.resolve(file);
    FleetReports.write(new FleetReport(command, "heads", shard, Instant.parse(startedAt), 10_000,
        List.of(targets)), path);
    return path;
  }

  @Test
  void merge_shardsWithoutFailure_writesJsonAndHtmlAndExitsZero() {
    shard("shard-1.json", "upgrade", "1/2", "2026-12-07T10:00:00Z",
        target("acme", FleetTargetStatus.UPGRADED), target("globex", FleetTargetStatus.UNCHANGED));
    shard("shard-2.json", "upgrade", "2/2", "2026-12-07T10:00:05Z", target("initech", FleetTargetStatus.UPGRADED));

    var result = CliRun.run(dir, Map.of(), "fleet", "report", "--merge", "shard-1.json", "shard-2.json",
        "--report", "out/fleet.json", "--report", "out/fleet.html").succeeded();

    assertThat(result.outLines()).containsExactly(
        "2 reports merged of retort fleet upgrade heads: 3 targets, started 2026-12-07T10:00:00Z, took 15.0 s",
        "  2 upgraded, 1 unchanged",
        "wrote out/fleet.json",
        "wrote out/fleet.html");
    FleetReport merged = FleetReports.read(dir.resolve("out/fleet.json"));
    assertThat(merged.shard()).isEmpty();
    assertThat(merged.targets()).extracting(FleetTargetResult::name).containsExactly("acme", "globex", "initech");
    assertThat(dir.resolve("out/fleet.html")).content().contains("initech").startsWith("<!DOCTYPE html>");
  }

  @Test
  void merge_aFailedTarget_namesItAndExitsOne() {
    shard("shard-1.json", "upgrade", "1/2", "2026-12-07T10:00:00Z", target("acme", FleetTargetStatus.UPGRADED));
    shard("shard-2.json", "upgrade", "2/2", "2026-12-07T10:00:00Z", failed("globex"));

    var result = CliRun.run(dir, Map.of(), "fleet", "report", "--merge", "shard-1.json", "shard-2.json",
        "--report", "fleet.json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("failed: globex: RT-V004 column \"total\" contains null values"
        + " (b2c3d4e5f6a7 at migrations/versions/b2c3d4e5f6a7_add_total.sql:12)")
        .contains("1 of 2 targets failed or were unreachable");
    assertThat(FleetReports.read(dir.resolve("fleet.json")).failures()).extracting(FleetTargetResult::name)
        .containsExactly("globex");
  }

  @Test
  void merge_missingFile_failsNamingIt() {
    shard("shard-1.json", "upgrade", "1/2", "2026-12-07T10:00:00Z", target("acme", FleetTargetStatus.UPGRADED));

    var result = CliRun.run(dir, Map.of(), "fleet", "report", "--merge", "shard-1.json", "shard-2.json")
        .failedWith("RT-F102");

    assertThat(result.err()).contains("shard-2.json").contains("no such file");
  }

  @Test
  void merge_aFileThatIsNoReport_failsWithItsLine() throws IOException {
    Files.writeString(dir.resolve("lint.json"), "{\n  \"findings\": []\n}\n");

    var result = CliRun.run(dir, Map.of(), "fleet", "report", "--merge", "lint.json").failedWith("RT-F102");

    assertThat(result.err()).contains("lint.json:1: not a fleet report");
  }

  @Test
  void merge_reportsOfDifferentCommands_fail() {
    shard("up.json", "upgrade", "1/2", "2026-12-07T10:00:00Z", target("acme", FleetTargetStatus.UPGRADED));
    shard("down.json", "downgrade", "2/2", "2026-12-07T10:00:00Z", target("globex", FleetTargetStatus.DOWNGRADED));

    var result = CliRun.run(dir, Map.of(), "fleet", "report", "--merge", "up.json", "down.json",
        "--report", "fleet.json").failedWith("RT-F103");

    assertThat(result.err()).contains("retort fleet downgrade heads, shard 2/2");
    assertThat(dir.resolve("fleet.json")).doesNotExist();
  }

  @Test
  void merge_reportWithAnUnknownExtension_failsBeforeReading() {
    var result = CliRun.run(dir, Map.of(), "fleet", "report", "--merge", "absent.json", "--report", "fleet.txt")
        .failedWith("RT-F101");

    assertThat(result.err()).contains("fleet.txt").contains(".json").contains(".html");
  }

  @Test
  void report_withoutMerge_isAUsageError() {
    CliRun.run(dir, Map.of(), "fleet", "report").usageError();
  }

  @Test
  void fleet_withoutACommand_isAUsageError() {
    var result = CliRun.run(dir, Map.of(), "fleet").usageError();

    assertThat(result.err()).contains("a fleet command is required");
  }
}
