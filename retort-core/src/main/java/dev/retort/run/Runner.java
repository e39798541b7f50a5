package dev.retort.run;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.MigrationLock;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs a plan against a live database: takes the lock, reads the version rows, plans (after the
 * lock is held), loads every script (compiling Java revisions, so a compile error changes nothing), checks the version column's width, then runs each step with
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

  public Runner(RevisionGraph graph, Dialect dialect, DatabaseUrl url, RunOptions options, RunListener listener) {
    this(graph, dialect, url, options, listener, JavaMigrationLoader.besideScripts());
  }

  /** As above; Java revisions are compiled and loaded with {@code javaRevisions}. */
  public Runner(RevisionGraph graph, Dialect dialect, DatabaseUrl url, RunOptions options, RunListener listener,
      JavaMigrationLoader javaRevisions) {
    this.javaRevisions = javaRevisions;
    this.graph = graph;
    this.dialect = dialect;
    this.url = url;
    this.options = options;
    this.listener = listener;
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
    try (Connection connection = Connector.open(url)) {
      try (MigrationLock lock = dialect.lock(connection, url, options.versionTable(),
          new dev.retort.dialect.LockWait(options.lockTimeout(), stopRequested::get))) {
        VersionStore store = new VersionStore(connection, dialect, options.versionTable());
        Plan plan = planner.apply(purge ? new TreeSet<>() : store.rows());
        if (plan.isEmpty() && purge) {
          plan = new Plan(plan.command(), plan.target(), List.of(new Step.Stamp(plan.rowsBefore(), plan.rowsAfter())),
              plan.rowsBefore(), plan.rowsAfter());
        }
        if (plan.isEmpty()) {
          return plan;
        }
        List<StepBody> bodies = new Preflight(graph, dialect, javaRevisions).load(plan);
        new WidthGuard(dialect, store, options, listener).prepare(connection, plan);
        List<Step> done =
            new StepExecutor(connection, store, options, listener, dialect, purge).execute(bodies, stopRequested);
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
   * Asks the run to stop after the step in progress (for SIGINT/SIGTERM) and waits for it, so the
   * version table always matches the schema; returns false when the wait timed out.
   */
  public boolean stopAndWait(long timeout, TimeUnit unit) throws InterruptedException {
    stopRequested.set(true);
    return stopped.await(timeout, unit);
  }
}
