package dev.retort.api;

import dev.retort.command.Project;
import dev.retort.config.FleetSettings;
import dev.retort.fleet.FleetScheduler;
import dev.retort.fleet.FleetSelection;
import dev.retort.fleet.FleetTarget;
import dev.retort.fleet.Shard;
import dev.retort.fleet.Stage;
import dev.retort.fleet.Stages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One fleet command over the selected targets, prepared by {@link Fleet#prepare}: stages in order,
 * each running its targets {@code parallel} at a time. Keep it to stop the run from a shutdown
 * hook: no new target starts, and each running one stops after its step in progress.
 */
public final class FleetRun {
  private final FleetRequest request;
  private final FleetListener listener;
  private final Project project;
  private final List<FleetTarget> selected;
  private final List<Stage> stages;
  private final FleetTargetWork work;
  private final java.util.Optional<dev.retort.command.FleetDrift> drift;
  private final FleetScheduler<FleetTargetResult> scheduler;

  FleetRun(Project project, FleetSettings settings, List<FleetTarget> targets, FleetRequest request,
      FleetListener listener, java.util.Optional<dev.retort.autogen.source.SnapshotCache> snapshotCache) {
    this.request = request;
    this.project = project;
    this.listener = listener;
    FleetSelection selection = new FleetSelection(request.shard().map(Shard::parse), request.only(), request.tags());
    this.selected = selection.apply(targets, settings.file());
    this.stages = Stages.of(settings, selected, request.parallel());
    this.drift = request.drift() && !request.command().migrates() && request.command() != FleetCommand.LINT
        ? java.util.Optional.of(new dev.retort.command.FleetDrift(snapshotCache, listener::driftSchemaBuilt))
        : java.util.Optional.empty();
    this.work = new FleetTargetWork(project, request.command(), request.revision(), listener, drift);
    this.scheduler = new FleetScheduler<>(work, new Events(), settings.maxFailures());
  }

  /**
   * Runs every stage; returns the report, every selected target in the fleet's order.
   *
   * @throws dev.retort.error.RetortException with drift, when the schema the revisions produce cannot be
   *     built (RT-M005 no scratch database, RT-M007 a revision fails to replay): no report then
   */
  public FleetReport execute() {
    Instant started = Instant.now();
    long start = System.nanoTime();
    listener.runStarting(selected.size());
    List<FleetTargetResult> results;
    try {
      results = scheduler.run(stages);
    } finally {
      drift.ifPresent(dev.retort.command.FleetDrift::close);
      project.closeFleetSessions();
    }
    if (work.fatal().isPresent()) {
      throw work.fatal().get();
    }
    Map<String, FleetTargetResult> byName = new HashMap<>();
    results.forEach(r -> byName.put(r.name(), r));
    List<FleetTargetResult> ordered = new ArrayList<>();
    for (FleetTarget target : selected) {
      FleetTargetResult result = byName.get(target.name());
      ordered.add(result != null ? result : work.skipped(target, new Stage("", 1, true, List.of())));
    }
    return new FleetReport(request.command().label(), request.command().migrates() ? request.revision() : "",
        request.shard().map(s -> Shard.parse(s).toString()).orElse(""), started,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), ordered);
  }

  /**
   * For a JVM shutdown hook: starts no new target and asks each running one to stop after its
   * step in progress, waiting for each up to {@code timeout}.
   */
  public void stopOnShutdown(long timeout, TimeUnit unit) throws InterruptedException {
    scheduler.stop();
    work.stopRunning(timeout, unit);
  }

  /** Passes the scheduler's events on to the listener. */
  private final class Events implements FleetScheduler.Events<FleetTargetResult> {
    @Override
    public void stageStarting(Stage stage) {
      listener.stageStarting(stage.name(), stage.targets().size(), stage.parallel());
    }

    @Override
    public void targetStarting(FleetTarget target, Stage stage) {
      listener.targetStarting(target.name(), stage.name());
    }

    @Override
    public void targetFinished(FleetTarget target, Stage stage, FleetTargetResult result) {
      if (work.fatal().isPresent()) {
        scheduler.stop();
      }
    }
  }
}
