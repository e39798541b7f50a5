package dev.retort.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.FleetSettings;
import dev.retort.config.FleetStageSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Stages, on_error and max_failures, with work that fails on chosen targets (no database needed here). */
class FleetSchedulerTest {
  private static final List<FleetTarget> TARGETS = List.of(ShardTest.target("c1", "canary"),
      ShardTest.target("a1"), ShardTest.target("a2"), ShardTest.target("a3"), ShardTest.target("a4"));

  /** "ran:<name>" or "failed:<name>" per target, "skipped:<name>" for the ones not run. */
  private static final class Work implements FleetScheduler.Work<String> {
    private final Set<String> failing;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    Work(String... failing) {
      this.failing = Set.of(failing);
    }

    @Override
    public String run(FleetTarget target, Stage stage) {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      Thread.onSpinWait();
      running.decrementAndGet();
      return (failing.contains(target.name()) ? "failed:" : "ran:") + target.name();
    }

    @Override
    public String skipped(FleetTarget target, Stage stage) {
      return "skipped:" + target.name();
    }

    @Override
    public boolean failed(String result) {
      return result.startsWith("failed:");
    }
  }

  private static FleetSettings settings(int parallel, boolean stop, OptionalInt maxFailures) {
    return new FleetSettings(Path.of("retort.toml"), parallel, stop, maxFailures, List.of(
        new FleetStageSpec("canary", List.of("canary"), OptionalInt.of(1), Optional.empty()),
        new FleetStageSpec("all", List.of(), OptionalInt.empty(), Optional.empty())), List.of(), List.of());
  }

  private static List<String> run(FleetSettings settings, Work work) {
    List<Stage> stages = Stages.of(settings, TARGETS, OptionalInt.empty());
    return new FleetScheduler<>(work, new FleetScheduler.Events<String>() {}, settings.maxFailures()).run(stages);
  }

  @Test
  void stages_takeTaggedTargetsFirstThenTheRest() {
    List<Stage> stages = Stages.of(settings(4, true, OptionalInt.empty()), TARGETS, OptionalInt.empty());

    assertThat(stages).extracting(Stage::name).containsExactly("canary", "all");
    assertThat(stages.get(0).targets()).extracting(FleetTarget::name).containsExactly("c1");
    assertThat(stages.get(0).parallel()).isEqualTo(1);
    assertThat(stages.get(1).targets()).extracting(FleetTarget::name).containsExactly("a1", "a2", "a3", "a4");
    assertThat(stages.get(1).parallel()).isEqualTo(4);
    assertThat(Stages.of(settings(4, true, OptionalInt.empty()), TARGETS, OptionalInt.of(2)))
        .extracting(Stage::parallel).containsExactly(2, 2);
  }

  @Test
  void canaryFailure_withStop_skipsTheLaterStages() {
    assertThat(run(settings(4, true, OptionalInt.empty()), new Work("c1")))
        .containsExactly("failed:c1", "skipped:a1", "skipped:a2", "skipped:a3", "skipped:a4");
  }

  @Test
  void failure_withContinue_runsEveryTarget() {
    assertThat(run(settings(4, false, OptionalInt.empty()), new Work("c1", "a2")))
        .containsExactly("failed:c1", "ran:a1", "failed:a2", "ran:a3", "ran:a4");
  }

  @Test
  void failure_withStop_startsNoOtherTargetOfTheStage() {
    // one at a time, so "after the running targets" is exactly: none after a2
    List<String> results = run(settings(1, true, OptionalInt.empty()), new Work("a2"));

    assertThat(results).containsExactly("ran:c1", "ran:a1", "failed:a2", "skipped:a3", "skipped:a4");
  }

  @Test
  void maxFailures_startsNoNewTargetOnceReached() {
    List<String> results = run(settings(1, false, OptionalInt.of(2)), new Work("c1", "a1", "a3"));

    assertThat(results).containsExactly("failed:c1", "failed:a1", "skipped:a2", "skipped:a3", "skipped:a4");
  }

  @Test
  void parallel_boundsTheTargetsRunningAtOnce() {
    List<FleetTarget> many = IntStream.range(0, 64).mapToObj(i -> ShardTest.target("t" + i)).toList();
    Work work = new Work();
    FleetSettings settings = new FleetSettings(Path.of("retort.toml"), 3, true, OptionalInt.empty(), List.of(),
        List.of(), List.of());

    List<String> results = new FleetScheduler<>(work, new FleetScheduler.Events<String>() {}, OptionalInt.empty())
        .run(Stages.of(settings, many, OptionalInt.empty()));

    assertThat(results).hasSize(64).allMatch(r -> r.startsWith("ran:"));
    assertThat(work.mostAtOnce.get()).isBetween(1, 3);
  }

  @Test
  void selection_onlyAndTags() {
    assertThat(new FleetSelection(Optional.empty(), List.of("a2", "c1"), List.of()).apply(TARGETS, null))
        .extracting(FleetTarget::name).containsExactly("c1", "a2");
    assertThat(new FleetSelection(Optional.empty(), List.of(), List.of("canary")).apply(TARGETS, null))
        .extracting(FleetTarget::name).containsExactly("c1");
  }
}
