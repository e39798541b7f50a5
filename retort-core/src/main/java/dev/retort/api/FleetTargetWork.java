package dev.retort.api;

import dev.retort.command.FleetDrift;
import dev.retort.command.Project;
import dev.retort.command.StatusEntry;
import dev.retort.command.StatusQuery;
import dev.retort.fleet.FleetScheduler;
import dev.retort.fleet.FleetTarget;
import dev.retort.fleet.Stage;
import dev.retort.run.DatabaseState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What a fleet command does on one target: the public API's single-target command on the target's
 * project (which shares the revision files read once), its outcome as a report line.
 */
final class FleetTargetWork implements FleetScheduler.Work<FleetTargetResult> {
  private final Project project;
  private final FleetCommand command;
  private final String revision;
  private final FleetListener listener;
  private final Set<MigrationRun> running = ConcurrentHashMap.newKeySet();
  /** Drift of {@code status} and {@code check} with {@code --drift}; empty without. */
  private final Optional<FleetDrift> drift;
  /** Why the expected schema of drift could not be built: the run stops and reports it; null while all is well. */
  private final java.util.concurrent.atomic.AtomicReference<dev.retort.error.RetortException> fatal =
      new java.util.concurrent.atomic.AtomicReference<>();

  FleetTargetWork(Project project, FleetCommand command, String revision, FleetListener listener,
      Optional<FleetDrift> drift) {
    this.project = project;
    this.command = command;
    this.revision = revision;
    this.listener = listener;
    this.drift = drift;
  }

  /** What stopped the run (the expected schema of drift could not be built), or empty. */
  Optional<dev.retort.error.RetortException> fatal() {
    return Optional.ofNullable(fatal.get());
  }

  @Override
  public FleetTargetResult run(FleetTarget target, Stage stage) {
    long start = System.nanoTime();
    StepCount steps = new StepCount();
    Outcome outcome;
    Project own = null;
    try {
      own = project.forTarget(target.url(), target.schema());
      outcome = switch (command) {
        case UPGRADE, DOWNGRADE, STAMP -> migrate(new Retort(own, Optional.empty()), steps);
        case STATUS, CHECK -> status(own, target);
        case LINT -> lint(new Retort(own, Optional.empty()));
      };
    } catch (FleetDrift.ExpectedSchemaException e) {
      fatal.compareAndSet(null, e.failure());
      outcome = failed(own, target, e.failure(), steps);
    } catch (RuntimeException e) {
      outcome = failed(own, target, e, steps);
    }
    FleetTargetResult result = new FleetTargetResult(target.name(), stage.name(), target.tags(), target.redactedUrl(),
        target.schema(), outcome.status(), outcome.before(), outcome.after(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), outcome.error(), outcome.state());
    if (fatal.get() == null) {
      listener.targetFinished(result, steps.count); // else the run stops with that one error
    }
    return result;
  }

  @Override
  public FleetTargetResult skipped(FleetTarget target, Stage stage) {
    return new FleetTargetResult(target.name(), stage.name(), target.tags(), target.redactedUrl(), target.schema(),
        FleetTargetStatus.SKIPPED, List.of(), List.of(), 0, Optional.empty(), Optional.empty());
  }

  @Override
  public boolean failed(FleetTargetResult result) {
    return result.status().isFailure();
  }

  /** Asks every running upgrade, downgrade or stamp to stop after its step in progress, and waits. */
  void stopRunning(long timeout, TimeUnit unit) throws InterruptedException {
    for (MigrationRun run : List.copyOf(running)) {
      run.stopOnShutdown(timeout, unit);
    }
  }

  private Outcome migrate(Retort retort, StepCount steps) {
    Direction direction = switch (command) {
      case DOWNGRADE -> Direction.DOWNGRADE;
      case STAMP -> Direction.STAMP;
      default -> Direction.UPGRADE;
    };
    MigrationRun run = retort.prepare(direction, revision, false, steps);
    running.add(run);
    MigrationResult result;
    try {
      result = run.execute();
    } finally {
      running.remove(run);
    }
    MigrationPlan plan = result.plan();
    FleetTargetStatus status = plan.isEmpty() ? FleetTargetStatus.UNCHANGED : switch (direction) {
      case UPGRADE -> FleetTargetStatus.UPGRADED;
      case DOWNGRADE -> FleetTargetStatus.DOWNGRADED;
      case STAMP -> FleetTargetStatus.STAMPED;
    };
    return new Outcome(status, plan.rowsBefore(), plan.rowsAfter(), Optional.empty(), Optional.empty());
  }

  /** {@code status} and {@code check}: one read of the version and history tables. */
  private Outcome status(Project own, FleetTarget target) {
    DatabaseState state = own.databaseState();
    List<StatusEntry> entries = new StatusQuery(own.graph()).status(state);
    FleetTargetState found = drift.isPresent() ? withDrift(FleetStates.of(entries), own, target, state)
        : FleetStates.of(entries);
    List<String> rows = Values.ids(state.rows());
    FleetTargetStatus status = found.pending() > 0 ? FleetTargetStatus.BEHIND : FleetTargetStatus.UNCHANGED;
    Optional<FleetFailure> error = Optional.empty();
    if (command == FleetCommand.CHECK) {
      error = FleetStates.checkFailure(found).or(() -> FleetStates.driftFailure(found, target));
      if (error.isPresent()) {
        status = FleetTargetStatus.FAILED;
      }
    }
    return new Outcome(status, rows, rows, error, Optional.of(found));
  }

  /** {@code read} with drift checked, or the reason it cannot be. */
  private FleetTargetState withDrift(FleetTargetState read, Project own, FleetTarget target, DatabaseState state) {
    Optional<String> notChecked = FleetStates.driftNotChecked(read);
    return notChecked.isPresent() ? read.withDriftNotChecked(notChecked.get())
        : read.withDrift(drift.orElseThrow().differences(own, target.schema(), state.rows()));
  }

  /** {@code lint} with the database rules: the first error finding fails the target. */
  private Outcome lint(Retort retort) {
    LintResult result = retort.lint(true, true, Set.of());
    Optional<FleetFailure> error = result.findings().stream()
        .filter(f -> f.severity() == LintSeverity.ERROR).findFirst()
        .map(f -> new FleetFailure(Optional.of(f.code()), f.message(),
            Optional.empty(), f.file().map(dev.retort.error.Paths::display),
            f.line() > 0 ? java.util.OptionalInt.of(f.line()) : java.util.OptionalInt.empty(), Optional.empty(),
            Optional.of(f.fix()).filter(s -> !s.isBlank())));
    return new Outcome(error.isPresent() ? FleetTargetStatus.FAILED : FleetTargetStatus.UNCHANGED, List.of(), List.of(),
        error, Optional.empty());
  }

  private Outcome failed(Project own, FleetTarget target, RuntimeException e, StepCount steps) {
    boolean unreachable = e instanceof dev.retort.run.RunException run && run.unreachable();
    List<String> before = steps.before;
    List<String> after = steps.after;
    if (before == null && own != null && !unreachable) {
      try {
        before = Values.ids(own.databaseState().rows());
      } catch (RuntimeException unreadable) {
        before = List.of();
      }
      after = before;
    }
    return new Outcome(unreachable ? FleetTargetStatus.UNREACHABLE : FleetTargetStatus.FAILED,
        before == null ? List.of() : before, after == null ? List.of() : after,
        Optional.of(FleetFailures.of(e, target.url())), Optional.empty());
  }

  private record Outcome(FleetTargetStatus status, List<String> before, List<String> after,
      Optional<FleetFailure> error, Optional<FleetTargetState> state) {}

  /** Counts the steps that ran and keeps the rows before the first and after the last. */
  private static final class StepCount implements MigrationListener {
    private int count;
    private List<String> before;
    private List<String> after;

    @Override
    public void stepStarting(PlannedStep step, String description) {
      if (before == null) {
        before = step.rowsBefore();
        after = step.rowsBefore();
      }
    }

    @Override
    public void stepFinished(PlannedStep step, long millis, boolean succeeded) {
      if (succeeded) {
        count++;
        after = step.rowsAfter();
      }
    }
  }
}
