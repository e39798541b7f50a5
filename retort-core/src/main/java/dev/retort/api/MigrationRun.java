package dev.retort.api;

import dev.retort.command.Project;
import dev.retort.error.RetortException;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import dev.retort.run.RunListener;
import dev.retort.run.Runner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One upgrade, downgrade or stamp on the live database, prepared by {@link Retort#prepare}. Keep it
 * to stop the run from a JVM shutdown hook (SIGTERM, Ctrl-C) after the step in progress, so the
 * version table always matches the schema.
 */
public final class MigrationRun {
  private final Project project;
  private final Direction direction;
  private final String target;
  private final boolean purge;
  private final Runner runner;
  private final List<AppliedStep> applied = new ArrayList<>();

  MigrationRun(Project project, Direction direction, String target, boolean purge, MigrationListener listener) {
    this.project = project;
    this.direction = direction;
    this.target = target;
    this.purge = purge;
    this.runner = project.newRunner(new Relay(listener));
  }

  /**
   * Flyway's {@code validateOnMigrate}: with {@code on}, the run first checks, in its own session
   * and under the migration lock, that no applied revision was edited since it was applied and that
   * every revision the version table records has a file (what {@link Retort#status()} shows as
   * {@link RevisionState#EDITED} and {@link RevisionState#MISSING}), and refuses to run otherwise.
   * It reads the history table with the version rows, so it costs one query, not a session of its
   * own as a {@code status()} call before the run would. Call it before {@link #execute()}; returns
   * this.
   *
   * @see ChangedRevisionsException
   */
  public MigrationRun validateOnMigrate(boolean on) {
    runner.checkingState(on ? this::refuseChanged : null);
    return this;
  }

  private void refuseChanged(dev.retort.run.DatabaseState state) {
    dev.retort.graph.RevisionGraph graph = project.graph();
    List<RevisionStatus> changed = project.status(state).stream()
        .filter(e -> e.state().equals("edited") || e.state().equals("missing"))
        .map(e -> Values.status(graph, e))
        .toList();
    if (!changed.isEmpty()) {
      throw new ChangedRevisionsException(changed);
    }
  }

  /**
   * Runs it: takes the migration lock, plans from the version table's rows and runs the steps.
   *
   * @throws ChangedRevisionsException with {@link #validateOnMigrate(boolean)}, when an applied
   *     revision was edited or has no file
   */
  public MigrationResult execute() {
    Plan done = project.migrate(runner, Values.kind(direction), target, purge);
    synchronized (applied) {
      return new MigrationResult(Values.plan(project.graph(), direction, done), applied, runner.repeatablesApplied());
    }
  }

  /**
   * For a JVM shutdown hook: asks the run to stop after the step in progress and waits for it, up
   * to {@code timeout}. When the thread running this run has itself called {@code System.exit} (a
   * Java revision did), it never returns from that call: its step is rolled back, the connection
   * closed, and the error to report returned; the caller should then end the process with status 1.
   */
  public Optional<RetortException> stopOnShutdown(long timeout, TimeUnit unit) throws InterruptedException {
    return runner.stopOnShutdown(timeout, unit).map(e -> e);
  }

  /** Passes engine events on as API values and keeps the steps that ran. */
  private final class Relay implements RunListener {
    private final MigrationListener listener;

    Relay(MigrationListener listener) {
      this.listener = listener;
    }

    @Override
    public void stepStarting(Step step, String description) {
      listener.stepStarting(Values.step(project.graph(), step), description);
    }

    @Override
    public void stepFinished(Step step, long millis, boolean succeeded) {
      PlannedStep planned = Values.step(project.graph(), step);
      if (succeeded) {
        synchronized (applied) {
          applied.add(new AppliedStep(planned, millis));
        }
      }
      listener.stepFinished(planned, millis, succeeded);
    }

    @Override
    public void info(String line) {
      listener.info(line);
    }

    @Override
    public void note(String message) {
      listener.note(message);
    }
  }
}
