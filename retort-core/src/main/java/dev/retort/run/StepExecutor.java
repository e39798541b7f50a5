package dev.retort.run;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockLostException;
import dev.retort.dialect.MigrationLock;
import dev.retort.error.Location;
import dev.retort.graph.RevisionId;
import dev.retort.plan.Step;
import dev.retort.run.callback.CallbackEvent;
import dev.retort.run.callback.CallbackFailedException;
import dev.retort.run.callback.CallbackRunner;
import dev.retort.script.SqlStatement;
import dev.retort.store.HistoryEntry;
import dev.retort.store.StartedRecords;
import dev.retort.store.StartedRevision;
import dev.retort.store.VersionStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs loaded steps (a SQL revision's statements, or a Java revision's {@code upgrade}/{@code
 * downgrade} with {@link JdbcOperations} on the same connection), between its {@code before-each}
 * and {@code after-each} callbacks: each transactional step, its callbacks and its version update
 * commit together; a
 * non-transactional step runs in autocommit, then its version update commits. On failure the step
 * is rolled back where the database can, a failed history row is written, and the error names
 * file, line, statement and the state left.
 */
final class StepExecutor {
  private final Connection connection;
  private final VersionStore store;
  private final RunOptions options;
  private final RunListener listener;
  private final boolean purge;
  private final Dialect dialect;
  private final CallbackRunner callbacks;
  private final MigrationLock lock;
  private final String appliedBy = Connector.appliedBy();
  /** The step running now, for {@link #abandon}; null between steps. */
  private volatile Progress current;
  /** The rows as last committed, for {@link #abandon}. */
  private volatile Set<RevisionId> lastCommitted;
  /** Whether the last failed step outside a transaction ran no statement, so its record was settled. */
  private volatile boolean lastSettled;

  /** A step in progress: what {@link #abandon} rolls back and reports. */
  private record Progress(StepBody body, StateLeft left, boolean transactional, Instant started, long t0) {}

  /** What the started record of a step that called {@code System.exit} says failed. */
  private static final String EXITED = "the revision called System.exit";

  /** The started record of the step running outside a transaction now; null otherwise. */
  private volatile StartedRun startedRun;
  /** The history table's started records, made on the run's first step outside a transaction (checks its columns once). */
  private StartedRecords startedRecords;

  StepExecutor(
      Connection connection, VersionStore store, RunOptions options, RunListener listener, Dialect dialect, boolean purge,
      CallbackRunner callbacks, MigrationLock lock) {
    this.callbacks = callbacks;
    this.lock = lock;
    this.connection = connection;
    this.store = store;
    this.options = options;
    this.listener = listener;
    this.purge = purge;
    this.dialect = dialect;
  }

  List<Step> execute(List<StepBody> steps, AtomicBoolean stop) throws SQLException {
    // immutable once, so each step's StateLeft shares it instead of copying the whole run (quadratic)
    List<StepBody> bodies = List.copyOf(steps);
    boolean perStep = options.transactionPerMigration();
    List<Step> done = new ArrayList<>();
    // the rows as last committed: what a rollback leaves (a non-transactional step commits the run so far)
    Set<RevisionId> committed = bodies.get(0).step().rowsBefore();
    lastCommitted = committed;
    // the first step a rollback undoes: where the next run starts
    int firstUncommitted = 0;
    connection.setAutoCommit(false);
    for (int index = 0; index < bodies.size(); index++) {
      StepBody body = bodies.get(index);
      if (stop.get()) {
        listener.note("stopped on request after " + done.size() + " of " + bodies.size() + " steps; the version table"
            + " matches the schema");
        break;
      }
      Set<RevisionId> committedNow = committed;
      int uncommittedFrom = firstUncommitted;
      int at = index;
      ensureLockHeld(() -> {
        StateLeft before = new StateLeft(committedNow, bodies, uncommittedFrom, at, perStep);
        return uncommittedFrom == at ? "no further step ran; " + before.state()
            : before.afterRollback("the steps not yet committed were");
      });
      listener.stepStarting(body.step(), body.description());
      Instant started = Instant.now();
      long t0 = System.nanoTime();
      boolean transactional = !outsideTransaction(body);
      if (!transactional) {
        connection.commit();
        committed = body.step().rowsBefore();
        firstUncommitted = index;
        connection.setAutoCommit(true);
        if (startedRecords == null) {
          startedRecords = store.startedRecords();
        }
        startedRun = StartedRun.begin(startedRecords, entry(body, started, 0, false), total(body));
      }
      StateLeft left = new StateLeft(committed, bodies, firstUncommitted, index, perStep);
      lastCommitted = committed;
      current = new Progress(body, left, transactional, started, t0);
      try {
        eachCallback(body, true);
        if (body.migration() != null) {
          runJava(body);
        } else {
          runStatements(body);
        }
        eachCallback(body, false);
      } catch (SQLException e) {
        listener.stepFinished(body.step(), millisSince(t0), false);
        throw failed(body, e, transactional, left, started, t0);
      } catch (CallbackFailedException e) {
        listener.stepFinished(body.step(), millisSince(t0), false);
        StartedRevision partial = rollBack(body, started, t0, "a callback failed: " + e.summary());
        if (partial != null && !lastSettled) {
          throw e.withState(String.join("\n  ", PartialRunText.details(partial)) + "\n  " + left.state()
              + "; retort_history records " + partial.revision() + " as failed", PartialRunText.fix(partial));
        }
        throw e.withState((transactional ? left.afterRollback() : "this revision is not transactional: no statement"
            + " of it ran; " + left.state()),
            "fix the callback and run the command again: it starts with " + left.resumesFrom());
      } catch (RuntimeException e) {
        listener.stepFinished(body.step(), millisSince(t0), false);
        throw javaFailed(body, e, transactional, left, started, t0);
      }
      current = null;
      if (!transactional) {
        connection.setAutoCommit(false);
      }
      // a step in a transaction is either on a database that rolls DDL back or made of data statements only
      boolean rollsBack = transactional;
      ensureLockHeld(() -> body.revision() == null ? "the stamp was not written; " + left.state()
          : rollsBack ? left.afterRollback()
          : "what " + body.revision().id().value() + " did stays applied, unrecorded; " + left.state());
      if (purge && body.step() instanceof Step.Stamp) {
        store.purge();
      }
      boolean commitsNow = perStep || !transactional;
      boolean committedHere = false;
      if (startedRun != null) {
        store.move(body.step().rowsBefore(), body.step().rowsAfter());
        startedRun.complete(millisSince(t0));
        startedRun = null;
      } else if (body.revision() != null) {
        // the version row, the history row and the commit in one round trip where the dialect allows
        committedHere = store.moveAndRecord(body.step().rowsBefore(), body.step().rowsAfter(),
            entry(body, started, millisSince(t0), true), commitsNow);
      } else {
        store.move(body.step().rowsBefore(), body.step().rowsAfter());
        recordHistory(body, started, t0, true);
      }
      if (commitsNow) {
        if (!committedHere) {
          connection.commit();
        }
        committed = body.step().rowsAfter();
        firstUncommitted = index + 1;
        lastCommitted = committed;
      }
      listener.stepFinished(body.step(), millisSince(t0), true);
      done.add(body.step());
    }
    connection.commit();
    connection.setAutoCommit(true);
    return done;
  }

  /**
   * Stops the run with RT-L003 when its lock was taken over (a lease lock whose holder fell silent
   * for a whole lease), before it writes anything more: what is not committed is rolled back, and
   * {@code state} says what that leaves (built only then: this runs before and after every step).
   */
  private void ensureLockHeld(java.util.function.Supplier<String> state) throws SQLException {
    try {
      lock.checkHeld();
    } catch (LockLostException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      connection.setAutoCommit(true);
      List<String> details = new ArrayList<>(e.details());
      details.add(state.get());
      throw new RunException(e.code(), null, e.summary(), details, e.hint(), e);
    }
  }

  /**
   * For a shutdown hook, when the run thread itself called {@code System.exit} (so it is blocked
   * in the exit for good and no longer uses the connection): rolls back what is not committed,
   * records a failed history row for the step in progress (best effort) and describes it.
   */
  RevisionExitedException abandon(StackTraceElement[] calling) {
    Progress p = current;
    StartedRun tally = startedRun;
    if (p != null) {
      listener.stepFinished(p.body().step(), millisSince(p.t0()), false);
    }
    boolean rolledBack = false;
    StartedRevision partial = null;
    try {
      rolledBack = !connection.getAutoCommit();
      if (p != null) {
        partial = rollBack(p.body(), p.started(), p.t0(), EXITED);
      } else if (rolledBack) {
        connection.rollback();
      }
    } catch (SQLException e) {
      // closing the connection (the caller does) or the process ending rolls it back all the same
    }
    if (partial == null && tally != null) {
      // the record could not be marked failed: it stays "started", which refuses the next run all the same
      lastSettled = false;
      partial = tally.record(EXITED);
    }
    String state = StateLeft.state(lastCommitted == null ? Set.of() : lastCommitted);
    if (p == null || p.body().revision() == null) {
      return RevisionExitedException.outsideSteps(
          (rolledBack ? "what the run had not committed was rolled back; " : "") + state, calling);
    }
    String direction = p.body().step() instanceof Step.Downgrade ? "downgrade" : "upgrade";
    if (partial != null) {
      return RevisionExitedException.partial(p.body().revision(), direction,
          partialDetails(p.body(), partial, p.left()), PartialRunText.fix(partial), calling);
    }
    return RevisionExitedException.during(p.body().revision(), direction, p.left().afterRollback("its transaction was"),
        p.left().resumesFrom(), calling);
  }

  /** The {@code before-each} (or {@code after-each}) callbacks of a revision's step; none for a stamp. */
  private void eachCallback(StepBody body, boolean before) {
    if (body.revision() == null || callbacks.isEmpty()) {
      return;
    }
    boolean upgrade = body.step() instanceof Step.Upgrade;
    callbacks.runWithin(before ? CallbackEvent.beforeEach(upgrade) : CallbackEvent.afterEach(upgrade),
        body.revision().id().value());
  }

  private void runStatements(StepBody body) throws SQLException {
    if (startedRun == null && dialect.batchesStatements()) {
      // in a transaction, which a failure rolls back as a whole: the DDL goes in batches
      StatementBatches.run(connection, body.statements(), this::runOneByOne);
      return;
    }
    runOneByOne(body.statements());
  }

  private void runOneByOne(List<SqlStatement> statements) throws SQLException {
    StartedRun tally = startedRun;
    try (Statement st = connection.createStatement()) {
      for (SqlStatement statement : statements) {
        try {
          st.execute(statement.sql());
        } catch (SQLException e) {
          throw new FailedStatement(statement, e);
        }
        if (tally != null) {
          tally.ran(statement.line(), statement.sql());
        }
      }
    }
  }

  private void runJava(StepBody body) {
    StartedRun tally = startedRun;
    body.runJava(new JdbcOperations(connection, dialect, body.revision().id().value(),
        tally == null ? sql -> { } : sql -> tally.ran(0, sql)));
  }

  /**
   * Whether the step runs outside one transaction, each statement committing on its own, and so
   * is recorded as started first: a revision marked non-transactional, or, on a database whose
   * DDL commits implicitly, any revision but a SQL one made only of data statements.
   */
  private boolean outsideTransaction(StepBody body) {
    return body.revision() != null && (!body.transactional()
        || !dialect.capabilities().transactionalDdl() && !body.onlyData());
  }

  /** Why a step runs outside a transaction, for its messages. */
  private String whyOutside(StepBody body) {
    return body.transactional()
        ? "this database commits DDL on its own, so each statement of " + body.revision().id() + " committed as it ran"
        : "this revision is not transactional, so each of its statements committed as it ran";
  }

  private static int total(StepBody body) {
    return body.migration() != null ? -1 : body.statements().size();
  }

  private JavaRevisionFailedException javaFailed(
      StepBody body, RuntimeException e, boolean transactional, StateLeft left, Instant started, long t0)
      throws SQLException {
    if (body.revision() == null || body.migration() == null) {
      throw e;
    }
    StartedRevision partial = rollBack(body, started, t0, "the next statement failed: " + describe(e));
    String direction = body.step() instanceof Step.Downgrade ? "downgrade" : "upgrade";
    if (partial != null) {
      return JavaRevisionFailedException.partial(body.revision(), direction, e, partialDetails(body, partial, left),
          PartialRunText.fix(partial));
    }
    return new JavaRevisionFailedException(body.revision(), direction, e,
        transactional ? left.afterRollback() : left.state(), transactional, left.resumesFrom());
  }

  private void rollBack(StepBody body, Instant started, long t0) throws SQLException {
    rollBack(body, started, t0, "");
  }

  /**
   * Rolls back what is not committed and records the failure; for a step running outside a
   * transaction, marks its started record failed ({@code failure}: which statement and why) and
   * returns the record, else returns null.
   */
  private StartedRevision rollBack(StepBody body, Instant started, long t0, String failure) throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.rollback();
    }
    connection.setAutoCommit(true);
    StartedRun tally = startedRun;
    startedRun = null;
    if (tally != null) {
      lastSettled = tally.nothingRan();
      try {
        return tally.fail(millisSince(t0), failure);
      } catch (SQLException e) {
        // the record stays "started", which refuses the next run all the same; report what is known
        lastSettled = false;
        return tally.record(failure);
      }
    }
    try {
      recordHistory(body, started, t0, false);
    } catch (SQLException ignored) {
      // the failure the caller reports is what the user needs; a history row is best effort here
    }
    return null;
  }

  /** The detail lines of a failed step that ran outside a transaction: why, what ran, the state left. */
  private List<String> partialDetails(StepBody body, StartedRevision partial, StateLeft left) {
    List<String> lines = new ArrayList<>();
    lines.add(whyOutside(body) + ":");
    lines.addAll(PartialRunText.details(partial));
    lines.add(left.state() + (lastSettled
        ? "; no statement of " + partial.revision() + " ran, so nothing is left half-applied"
        : "; retort_history records " + partial.revision() + " as failed, and no upgrade or downgrade runs"
            + " until it is resolved"));
    return lines;
  }

  private static String describe(RuntimeException e) {
    return e instanceof dev.retort.error.RetortException r ? r.summary() : String.valueOf(e.getMessage());
  }

  private StatementFailedException failed(
      StepBody body, SQLException e, boolean transactional, StateLeft left, Instant started, long t0)
      throws SQLException {
    SqlStatement statement = e instanceof FailedStatement f ? f.statement : new SqlStatement("(version table update)", 0);
    SQLException cause = e instanceof FailedStatement f ? f.cause : e;
    StartedRun tally = startedRun;
    String failure = tally == null ? "" : PartialRunText.statementLine(tally.done() + 1, statement.line(),
        statement.sql()) + " -> " + StatementFailedException.oneLine(cause.getMessage());
    StartedRevision partial = rollBack(body, started, t0, failure);
    String direction = body.step() instanceof Step.Downgrade ? "downgrade" : "upgrade";
    if (partial != null) {
      return StatementFailedException.partial(new Location(body.revision().origin().path(), statement.line()),
          body.revision().id().value(), direction, statement.sql(), cause, partialDetails(body, partial, left),
          lastSettled ? "fix the statement in the file and run the same command again: it continues from "
              + body.revision().id() : PartialRunText.fix(partial));
    }
    if (body.revision() == null) {
      return new StatementFailedException(null, "stamp", "stamp", statement.sql(), cause,
          "the stamp was rolled back; " + left.state(), true, "stamp");
    }
    return new StatementFailedException(
        new Location(body.revision().origin().path(), statement.line()),
        body.revision().id().value(), direction, statement.sql(), cause,
        transactional ? left.afterRollback() : left.state(), transactional, left.resumesFrom());
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  private HistoryEntry entry(StepBody body, Instant started, long ms, boolean success) {
    String direction = body.step() instanceof Step.Downgrade ? "downgrade" : "upgrade";
    return new HistoryEntry(body.revision().id().value(), direction, body.revision().checksum(), started.toString(), ms,
        appliedBy, success);
  }

  private void recordHistory(StepBody body, Instant started, long t0, boolean success) throws SQLException {
    long ms = millisSince(t0);
    if (body.revision() != null) {
      store.record(entry(body, started, ms, success));
      return;
    }
    Set<RevisionId> changed = new TreeSet<>(body.step().insertedRows());
    changed.addAll(body.step().deletedRows());
    for (RevisionId id : changed) {
      store.record(new HistoryEntry(id.value(), "stamp", "", started.toString(), ms, appliedBy, success));
    }
  }

  /** Carries the failing statement up to {@link #failed}. */
  private static final class FailedStatement extends SQLException {
    private static final long serialVersionUID = 1L;
    private final transient SqlStatement statement;
    private final SQLException cause;

    FailedStatement(SqlStatement statement, SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
      this.statement = statement;
      this.cause = cause;
    }
  }
}
