package dev.retort.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs stages one after the other, each with {@code parallel} worker threads taking its targets in
 * order. A failure in a stage that stops on error lets the running targets finish and starts no
 * other (the later stages do not run); once {@code maxFailures} targets have failed, no new target
 * starts anywhere. A target that does not run gets {@link Work#skipped}.
 *
 * @param <R> what running one target gives
 */
public final class FleetScheduler<R> {
  /** What is done on one target. */
  public interface Work<R> {
    /** Runs the command on the target; must not throw. */
    R run(FleetTarget target, Stage stage);

    /** The result of a target that did not run. */
    R skipped(FleetTarget target, Stage stage);

    /** Whether the result counts as a failure (for {@code on_error} and {@code max_failures}). */
    boolean failed(R result);
  }

  /** Progress, called from the worker threads. */
  public interface Events<R> {
    default void stageStarting(Stage stage) {}

    default void targetStarting(FleetTarget target, Stage stage) {}

    default void targetFinished(FleetTarget target, Stage stage, R result) {}
  }

  private final Work<R> work;
  private final Events<R> events;
  private final OptionalInt maxFailures;
  private final AtomicBoolean stopRequested = new AtomicBoolean();
  private final AtomicInteger failures = new AtomicInteger();

  public FleetScheduler(Work<R> work, Events<R> events, OptionalInt maxFailures) {
    this.work = work;
    this.events = events;
    this.maxFailures = maxFailures;
  }

  /** Asks the run to start no new target (for a shutdown hook); the running ones finish. */
  public void stop() {
    stopRequested.set(true);
  }

  /** Runs every stage; one result per target, stage by stage, each stage in its targets' order. */
  public List<R> run(List<Stage> stages) {
    List<R> results = new ArrayList<>();
    boolean stopped = false;
    for (Stage stage : stages) {
      if (stopped || stopRequested.get() || limitReached()) {
        stage.targets().forEach(t -> results.add(work.skipped(t, stage)));
        continue;
      }
      if (stage.targets().isEmpty()) {
        continue;
      }
      events.stageStarting(stage);
      StageRun run = new StageRun(stage);
      results.addAll(run.execute());
      stopped = run.failed.get() && stage.stopOnError();
    }
    return results;
  }

  private boolean limitReached() {
    return maxFailures.isPresent() && failures.get() >= maxFailures.getAsInt();
  }

  /** One stage: workers take the next target until none is left or the stage must stop. */
  private final class StageRun {
    private final Stage stage;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Object[] results;

    StageRun(Stage stage) {
      this.stage = stage;
      this.results = new Object[stage.targets().size()];
    }

    @SuppressWarnings("unchecked")
    List<R> execute() {
      int workers = Math.max(1, Math.min(stage.parallel(), stage.targets().size()));
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        Thread thread = new Thread(this::work, "retort-fleet-" + stage.name() + "-" + (i + 1));
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
      for (Thread thread : threads) {
        joinUninterruptibly(thread);
      }
      List<R> list = new ArrayList<>();
      for (int i = 0; i < results.length; i++) {
        list.add(results[i] != null ? (R) results[i] : work.skipped(stage.targets().get(i), stage));
      }
      return list;
    }

    private void work() {
      while (!stopRequested.get() && !(failed.get() && stage.stopOnError()) && !limitReached()) {
        int index = next.getAndIncrement();
        if (index >= results.length) {
          return;
        }
        FleetTarget target = stage.targets().get(index);
        events.targetStarting(target, stage);
        R result = work.run(target, stage);
        results[index] = result;
        if (work.failed(result)) {
          failures.incrementAndGet();
          failed.set(true);
        }
        events.targetFinished(target, stage, result);
      }
    }
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
