package dev.retort.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.FleetReport;
import dev.retort.api.FleetTargetResult;
import dev.retort.api.FleetTargetState;
import dev.retort.api.FleetTargetStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code fleet status --drift} as groups: clean targets on one line, each drifted one with its first differences. */
class FleetStatusTextTest {
  private static FleetTargetResult target(String name, FleetTargetState state) {
    return new FleetTargetResult(name, "all", List.of(), "sqlite:" + name + ".db", Optional.empty(),
        FleetTargetStatus.UNCHANGED, List.of("h1"), List.of("h1"), 1, Optional.empty(), Optional.of(state));
  }

  private static FleetTargetState clean() {
    return new FleetTargetState(0, List.of(), List.of(), List.of(), Optional.empty());
  }

  private static List<String> print(List<FleetTargetResult> targets) {
    StringWriter text = new StringWriter();
    FleetStatusText.print(new PrintWriter(text), new FleetReport("status", "", "", Instant.EPOCH, 1, targets),
        List.of("h1"));
    return text.toString().lines().toList();
  }

  @Test
  void thousandCleanTargets_readAsOneLine_andADriftedOneListsFiveDifferencesThenTheCount() {
    List<FleetTargetResult> targets = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      targets.add(target("t" + i, clean().withDrift(List.of())));
    }
    List<String> seven = List.of("- index i1 on a", "- index i2 on a", "+ column a.x", "+ column a.y",
        "~ column a.z: integer → text", "- table hotfix", "+ table orders");
    targets.add(500, target("odd", clean().withDrift(seven)));

    List<String> lines = print(targets);

    assertThat(lines).containsExactly("1000 targets at heads (h1), no drift",
        "1 target at heads (h1), drifted: odd",
        "    - index i1 on a", "    - index i2 on a", "    + column a.x", "    + column a.y",
        "    ~ column a.z: integer → text", "    ... and 2 more");
  }

  @Test
  void withoutDrift_theLineIsAsBefore_andANotCheckedTargetSaysWhy() {
    List<String> lines = print(List.of(target("a", clean()), target("b", clean()),
        target("c", clean().withDriftNotChecked("revision u1 was started and never finished"))));

    assertThat(lines).containsExactly("2 targets at heads (h1)",
        "1 target at heads (h1), drift not checked: revision u1 was started and never finished: c");
  }
}
