package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.MigrationLock;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import dev.retort.run.callback.CallbackEvent;
import dev.retort.run.callback.CallbackFailedException;
import dev.retort.run.callback.CallbackRunner;
import dev.retort.run.repeatable.RepeatableRun;
import dev.retort.run.repeatable.RepeatableScript;
import dev.retort.run.repeatable.RepeatableSet;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs a plan against a live database: takes the lock, reads the version rows, plans (after the
 * lock is held), refuses an upgrade or downgrade while a revision that ran outside a transaction
 * is unresolved (RT-V040), loads every script (compiling Java revisions, so a compile error changes nothing), checks the version column's width, then runs each step with
 * its version update in one transaction (or outside one for non-transactional revisions).
 */
public final class Runner {
  private final RevisionGraph graph;
  private final Dialect dialect;
  private final DatabaseUrl url;
  private final RunOptions options;
  private final RunListener listener;
  private final JavaMigrationLoader javaRevisions;
  private final AtomicBoolean stopRequested = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile Thread runThread;
  private volatile Connection openConnection;
  /** The lock held by the run, for {@link #abandon}: a lease lock outlives the run's connection. */
  private volatile MigrationLock heldLock;
  private volatile StepExecutor executor;
  private final RepeatableSet repeatables;
  private volatile List<String> repeatablesApplied = List.of();
  /** What {@link #checkingState} asked to check before planning, or null. */
  private java.util.function.Consumer<DatabaseState> stateCheck;
  private ScriptCache scripts = ScriptCache.NONE;

  public Runner(RevisionGraph graph, Dialect dialect, DatabaseUrl url, RunOptions options, RunListener listener) {
    this(graph, dialect, url, options, listener, JavaMigrationLoader.besideScripts());
  }

  /** As above; Java revisions are compiled and loaded with {@code javaRevisions}. */
  public Runner(RevisionGraph graph, Dialect dialect, DatabaseUrl url, RunOptions options, RunListener listener,
      JavaMigrationLoader javaRevisions) {
    this(graph, dialect, url, options, listener, javaRevisions, RepeatableSet.NONE);
  }

  /** As above; an upgrade then applies the changed repeatable revisions of {@code repeatables}. */
  public Runner(RevisionGraph graph, Dialect dialect, DatabaseUrl url, RunOptions options, RunListener listener,
      JavaMigrationLoader javaRevisions, RepeatableSet repeatables) {
    this.repeatables = repeatables;
    this.javaRevisions = javaRevisions;
    this.graph = graph;
    this.dialect = dialect;
    this.url = url;
    this.options = options;
    this.listener = listener;
  }

  /**
   * Checks what the database records before planning, in the run's own session and under its lock
   * (the version rows, the history, the unresolved steps, as {@link DatabaseState#read} would give
   * them; the width unknown); whatever {@code check} throws stops the run before anything changes.
   * An application's validate-on-migrate uses it instead of a session of its own. Returns this.
   */
  public Runner checkingState(java.util.function.Consumer<DatabaseState> check) {
    this.stateCheck = check;
    return this;
  }

  /** Reads SQL revisions through {@code cache} (shared by the runs of a fleet's targets); returns this runner. */
  public Runner sharingScripts(ScriptCache cache) {
    this.scripts = cache;
    return this;
  }

  /**
   * Plans with {@code planner} from the rows read under the lock and runs the plan. Returns the
   * plan as executed (steps not run after a stop request are left out).
   */
  public Plan run(Function<SortedSet<RevisionId>, Plan> planner) {
    return run(planner, false);
  }

  /**
   * As {@link #run(Function)}; with {@code purge} ({@code stamp --purge}) the version table is
   * planned as empty and emptied in the stamp's transaction, whatever it holds (rows no script has,
   * values that are no revision id), as Alembic does.
   */
  public Plan run(Function<SortedSet<RevisionId>, Plan> planner, boolean purge) {
    runThread = Thread.currentThread();
    try (Connection connection = Connector.open(url, dialect)) {
      openConnection = connection;
      try (MigrationLock lock = dialect.lock(connection, url, options.versionTable(),
          new dev.retort.dialect.LockWait(options.lockTimeout(), stopRequested::get, this::waiting))) {
        heldLock = lock;
        VersionStore store = new VersionStore(connection, dialect, options.versionTable());
        SortedSet<RevisionId> rows = purge ? new TreeSet<>() : store.rows();
        List<dev.retort.store.StartedRevision> unresolved = null;
        if (stateCheck != null) {
          unresolved = store.startedRecords().unresolved();
          stateCheck.accept(new DatabaseState(rows, store.history(), !rows.isEmpty() || store.exists(),
              java.util.OptionalInt.empty(), unresolved));
        }
        Plan plan = planner.apply(rows);
        refuseUnresolved(store, unresolved, plan);
        if (plan.isEmpty() && purge) {
          plan = new Plan(plan.command(), plan.target(), List.of(new Step.Stamp(plan.rowsBefore(), plan.rowsAfter())),
              plan.rowsBefore(), plan.rowsAfter());
        }
        // callbacks and repeatables are prepared (placeholders) before anything runs, so a missing value changes nothing
        CallbackRunner callbacks = new CallbackRunner(connection, options.callbacks().prepared(options.placeholders()),
            dialect.capabilities().transactionalDdl(), dialect.sqlSyntax(), listener::info);
        if (plan.isEmpty()) {
          List<RepeatableScript> prepared = prepareRepeatables(plan);
          before(callbacks, plan);
          applyRepeatables(connection, prepared);
          after(callbacks, plan, plan.rowsBefore());
          return plan;
        }
        List<StepBody> bodies = new Preflight(graph, dialect, javaRevisions, scripts).load(plan, options.placeholders());
        List<RepeatableScript> prepared = prepareRepeatables(plan);
        new WidthGuard(dialect, store, options, listener).prepare(connection, plan);
        before(callbacks, plan);
        executor = new StepExecutor(connection, store, options, listener, dialect, purge, callbacks, lock);
        List<Step> done = executor.execute(bodies, stopRequested);
        if (done.size() == plan.steps().size()) {
          lock.checkHeld();
          applyRepeatables(connection, prepared);
          after(callbacks, plan, plan.rowsAfter());
        }
        return new Plan(plan.command(), plan.target(), done, plan.rowsBefore(),
            done.isEmpty() ? plan.rowsBefore() : done.get(done.size() - 1).rowsAfter());
      }
    } catch (SQLException e) {
      throw new RunException(dev.retort.error.ErrorCode.D002, null,
          "database error on " + url.redacted() + ": " + e.getMessage(), List.of(),
          "check the database is reachable and the user may create tables", e);
    } finally {
      stopped.countDown();
    }
  }

  /**
   * Refuses an upgrade or downgrade while a step that ran outside a transaction is unresolved
   * (RT-V040); a stamp runs, since it changes no schema and may be what puts the version table
   * back where the step started.
   */
  private void refuseUnresolved(VersionStore store, List<dev.retort.store.StartedRevision> known, Plan plan)
      throws SQLException {
    if (plan.command().equals("stamp")) {
      return;
    }
    List<dev.retort.store.StartedRevision> unresolved = known != null ? known : store.startedRecords().unresolved();
    if (!unresolved.isEmpty()) {
      throw UnresolvedRevisionException.of(unresolved, graph, plan.rowsBefore());
    }
  }

  /**
   * Asks the run to stop after the step in progress (for SIGINT/SIGTERM) and waits for it, so the
   * version table always matches the schema; returns false when the wait timed out.
   */
  public boolean stopAndWait(long timeout, TimeUnit unit) throws InterruptedException {
    stopRequested.set(true);
    return stopped.await(timeout, unit);
  }

  /**
   * For a JVM shutdown hook. When the thread running this run has itself called {@code
   * System.exit} (a Java revision did), it will never return from that call: what the run had not
   * committed is rolled back, the lock released (a lease lock's row too, which closing the
   * connection would leave for a whole lease), the connection closed, and the error to report is
   * returned; the caller should then end the process with a failure status.
   * Otherwise (SIGTERM, SIGINT, ...) this is {@link #stopAndWait} and returns empty.
   */
  public Optional<RevisionExitedException> stopOnShutdown(long timeout, TimeUnit unit) throws InterruptedException {
    Thread thread = runThread;
    if (thread != null && stopped.getCount() > 0) {
      StackTraceElement[] stack = thread.getStackTrace();
      if (callsExit(stack)) {
        return Optional.of(abandon(stack));
      }
    }
    stopAndWait(timeout, unit);
    return Optional.empty();
  }

  private RevisionExitedException abandon(StackTraceElement[] stack) {
    StepExecutor steps = executor;
    RevisionExitedException error = steps != null
        ? steps.abandon(stack)
        : RevisionExitedException.outsideSteps("no step had run; the version table is unchanged", stack);
    MigrationLock lock = heldLock;
    if (lock != null) {
      try {
        lock.close();
      } catch (RuntimeException e) {
        // a session or file lock ends with the process; a lease row after one lease of silence
      }
    }
    Connection connection = openConnection;
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // the process ends next, which closes it all the same
      }
    }
    return error;
  }

  private static boolean callsExit(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals("java.lang.Shutdown") && frame.getMethodName().equals("exit")) {
        return true;
      }
    }
    return false;
  }

  /** The repeatable revisions the last run applied, in order. */
  public List<String> repeatablesApplied() {
    return repeatablesApplied;
  }

  private List<RepeatableScript> prepareRepeatables(Plan plan) {
    return plan.command().equals("upgrade")
        ? repeatables.scripts().stream().map(repeatables.substitution()).toList()
        : List.of();
  }

  private void applyRepeatables(Connection connection, List<RepeatableScript> prepared) throws SQLException {
    if (stopRequested.get() || prepared.isEmpty()) {
      return;
    }
    repeatablesApplied = new RepeatableRun(connection, dialect, Connector.appliedBy())
        .apply(prepared, listener::info);
  }

  /** The {@code before-upgrade} (or {@code before-downgrade}) callbacks; nothing has changed yet. */
  private void before(CallbackRunner callbacks, Plan plan) throws SQLException {
    java.util.Optional<CallbackEvent> event = CallbackEvent.before(plan.command());
    if (event.isEmpty() || callbacks.isEmpty()) {
      return;
    }
    try {
      callbacks.runAlone(event.get());
    } catch (CallbackFailedException e) {
      throw e.withState("nothing was " + plan.command() + "d; " + StateLeft.state(plan.rowsBefore()),
          "fix the callback and run the command again");
    }
  }

  /** The {@code after-upgrade} (or {@code after-downgrade}) callbacks, once every step ran. */
  private void after(CallbackRunner callbacks, Plan plan, java.util.Set<RevisionId> rows) throws SQLException {
    java.util.Optional<CallbackEvent> event = CallbackEvent.after(plan.command());
    if (event.isEmpty() || callbacks.isEmpty() || stopRequested.get()) {
      return;
    }
    try {
      callbacks.runAlone(event.get());
    } catch (CallbackFailedException e) {
      throw e.withState("every revision of the " + plan.command() + " ran and is recorded ("
          + StateLeft.state(rows) + "); only the callback was rolled back where the database can",
          "fix the callback and run the command again: with nothing left to do, it runs the callbacks only");
    }
  }

  private void waiting(String holder) {
    long seconds = options.lockTimeout().toSeconds();
    listener.info("waiting for the migration lock held by " + holder + " (up to " + seconds + " s, lock_timeout)");
  }

}
