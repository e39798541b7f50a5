package dev.retort.api;

import static dev.retort.api.FleetReportFixtures.failed;
import static dev.retort.api.FleetReportFixtures.report;
import static dev.retort.api.FleetReportFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.RetortException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FleetReports.merge: shards' reports combined into the report of the whole run. */
class FleetReportMergeTest {
  @Test
  void merge_disjointShards_keepsEveryTargetInTheGivenOrderWithoutShard() {
    FleetReport one = report("1/2", "2026-12-07T10:00:05Z", 10_000,
        target("a", FleetTargetStatus.UPGRADED), target("c", FleetTargetStatus.UNCHANGED));
    FleetReport two = report("2/2", "2026-12-07T10:00:00Z", 30_000,
        target("b", FleetTargetStatus.UPGRADED), failed("d", "RT-V004", "boom", "SELECT 1/0"));

    FleetReport merged = FleetReports.merge(List.of(one, two));

    assertThat(merged.shard()).isEmpty();
    assertThat(merged.command()).isEqualTo("upgrade");
    assertThat(merged.revisionTarget()).isEqualTo("heads");
    assertThat(merged.startedAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    assertThat(merged.durationMillis()).isEqualTo(30_000);
    assertThat(merged.targets()).extracting(FleetTargetResult::name).containsExactly("a", "c", "b", "d");
    assertThat(merged.failures()).extracting(FleetTargetResult::name).containsExactly("d");
  }

  @Test
  void merge_durationIsTheSpanFromFirstStartToLastFinish() {
    FleetReport early = report("1/2", "2026-12-07T10:00:00Z", 1_000, target("a", FleetTargetStatus.UNCHANGED));
    FleetReport late = report("2/2", "2026-12-07T10:01:00Z", 2_500, target("b", FleetTargetStatus.UNCHANGED));

    FleetReport merged = FleetReports.merge(List.of(late, early));

    assertThat(merged.startedAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    assertThat(merged.durationMillis()).isEqualTo(62_500);
  }

  @Test
  void merge_targetInTwoReports_keepsTheResultOfTheReportThatFinishedLater() {
    FleetReport laterFinished = report("1/2", "2026-12-07T10:00:00Z", 90_000,
        target("a", FleetTargetStatus.UNCHANGED));
    FleetReport earlierFinished = report("2/2", "2026-12-07T10:00:30Z", 10_000,
        failed("a", "RT-L001", "lock timeout", "SELECT 1"), target("b", FleetTargetStatus.UPGRADED));

    FleetReport merged = FleetReports.merge(List.of(laterFinished, earlierFinished));

    assertThat(merged.targets()).extracting(FleetTargetResult::name).containsExactly("a", "b");
    assertThat(merged.targets().get(0).status()).isEqualTo(FleetTargetStatus.UNCHANGED);
    assertThat(FleetReports.merge(List.of(earlierFinished, laterFinished)).targets().get(0).status())
        .isEqualTo(FleetTargetStatus.UNCHANGED);
  }

  @Test
  void merge_targetSkippedInOneReport_keepsTheResultThatRan() {
    FleetReport ran = report("1/2", "2026-12-07T10:00:00Z", 1_000, target("a", FleetTargetStatus.UPGRADED));
    FleetReport skippedLater = report("2/2", "2026-12-07T11:00:00Z", 1_000, target("a", FleetTargetStatus.SKIPPED));

    assertThat(FleetReports.merge(List.of(ran, skippedLater)).targets())
        .singleElement().extracting(FleetTargetResult::status).isEqualTo(FleetTargetStatus.UPGRADED);
    assertThat(FleetReports.merge(List.of(skippedLater, ran)).targets())
        .singleElement().extracting(FleetTargetResult::status).isEqualTo(FleetTargetStatus.UPGRADED);
  }

  @Test
  void merge_equalFinish_keepsTheReportGivenLater() {
    FleetReport first = report("1/2", "2026-12-07T10:00:00Z", 1_000, target("a", FleetTargetStatus.UNCHANGED));
    FleetReport second = report("2/2", "2026-12-07T10:00:00Z", 1_000, target("a", FleetTargetStatus.UPGRADED));

    assertThat(FleetReports.merge(List.of(first, second)).targets().get(0).status())
        .isEqualTo(FleetTargetStatus.UPGRADED);
  }

  @Test
  void merge_differentCommands_failsNamingBoth() {
    FleetReport upgrade = report("1/2", "2026-12-07T10:00:00Z", 1_000, target("a", FleetTargetStatus.UPGRADED));
    FleetReport downgrade = new FleetReport("downgrade", "base", "2/2", Instant.parse("2026-12-07T10:00:00Z"), 5,
        List.of());

    assertThatThrownBy(() -> FleetReports.merge(List.of(upgrade, downgrade)))
        .isInstanceOf(RetortException.class)
        .hasMessageContaining("RT-F103")
        .hasMessageContaining("retort fleet upgrade heads, shard 1/2")
        .hasMessageContaining("retort fleet downgrade base, shard 2/2");
  }

  @Test
  void merge_differentRevisionTargets_fails() {
    FleetReport heads = report("1/2", "2026-12-07T10:00:00Z", 1_000);
    FleetReport other = new FleetReport("upgrade", "a1b2c3", "2/2", Instant.parse("2026-12-07T10:00:00Z"), 5,
        List.of());

    assertThatThrownBy(() -> FleetReports.merge(List.of(heads, other))).hasMessageContaining("RT-F103")
        .hasMessageContaining("upgrade a1b2c3");
  }

  @Test
  void merge_nothing_fails() {
    assertThatThrownBy(() -> FleetReports.merge(List.of())).hasMessageContaining("RT-F103")
        .hasMessageContaining("no fleet report to merge");
  }
}
