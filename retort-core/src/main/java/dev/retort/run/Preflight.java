package dev.retort.run;

import dev.retort.dialect.Dialect;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionKind;
import dev.retort.plan.Plan;
import dev.retort.plan.Step;
import dev.retort.script.ConcurrentDdl;
import dev.retort.script.JavaExecuteSql;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.script.ScriptText;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run checks about its steps before the first one runs, in step order: each step's
 * body is loaded (a SQL revision without a {@code -- +downgrade} section refuses a downgrade, a
 * Java revision must compile), and a transactional step on a database with transactional DDL
 * must not hold a {@code CONCURRENTLY} statement. The live run, the offline script and the plan
 * preview ({@code --plan}) all call this one check, so a preview fails exactly where the run would.
 */
public final class Preflight {
  private final RevisionGraph graph;
  private final Dialect dialect;
  private final JavaMigrationLoader javaRevisions;
  private final ScriptCache scripts;

  public Preflight(RevisionGraph graph, Dialect dialect, JavaMigrationLoader javaRevisions) {
    this(graph, dialect, javaRevisions, ScriptCache.NONE);
  }

  /** As above; SQL revisions come from {@code scripts} when it has them (runs sharing their files). */
  public Preflight(RevisionGraph graph, Dialect dialect, JavaMigrationLoader javaRevisions, ScriptCache scripts) {
    this.graph = graph;
    this.dialect = dialect;
    this.javaRevisions = javaRevisions;
    this.scripts = scripts;
  }

  /**
   * Refuses the plan, with the error the run would give, when one of its steps cannot run or the
   * version column of {@code state} cannot hold an id it writes; runs and changes nothing.
   */
  public void check(Plan plan, DatabaseState state, RunOptions options) {
    if (!state.unresolved().isEmpty() && !plan.command().equals("stamp")) {
      throw UnresolvedRevisionException.of(state.unresolved(), graph, state.rows());
    }
    load(plan, options.placeholders());
    // the existing table's own key limit needs a query; the run checks it under the lock
    boolean exists = state.versionTableExists();
    WidthGuard.refuseBeyondKeyLimit(options, plan, exists, exists ? Optional.empty() : dialect.versionKeyLimit());
    WidthGuard.refuseTooNarrow(dialect, options, plan, exists, state.width(), dialect.versionKeyLimit());
  }

  /** Each step's body, in order, after its checks. */
  List<StepBody> load(Plan plan, dev.retort.script.Placeholders placeholders) {
    List<StepBody> bodies = new ArrayList<>();
    for (Step step : plan.steps()) {
      StepBody body = StepBody.load(step, revisionOf(step), javaRevisions, placeholders, dialect.sqlSyntax(), scripts);
      refuseConcurrentlyInTransaction(body);
      bodies.add(body);
    }
    return bodies;
  }

  private void refuseConcurrentlyInTransaction(StepBody body) {
    if (body.revision() == null || !body.transactional() || !dialect.capabilities().transactionalDdl()) {
      return;
    }
    boolean upgrade = body.step() instanceof Step.Upgrade;
    List<SqlStatement> statements = body.revision().kind() == RevisionKind.JAVA
        ? javaExecuteStatements(body.revision(), upgrade)
        : body.statements();
    for (SqlStatement statement : statements) {
      if (ConcurrentDdl.isConcurrent(statement.sql())) {
        throw new ConcurrentlyInTransactionException(body.revision(), upgrade ? "upgrade" : "downgrade", statement);
      }
    }
  }

  /**
   * The {@code op.execute("...")} literals of a Java revision's method, read from its source as
   * lint reads them (through {@link ScriptText}: line endings normalised, so statement lines and
   * comments read the same); none when the source is not a readable file (a class from the class
   * path).
   */
  private static List<SqlStatement> javaExecuteStatements(Revision revision, boolean upgrade) {
    String source;
    try {
      source = ScriptText.read(revision.origin().path());
    } catch (RuntimeException e) {
      return List.of();
    }
    return upgrade ? JavaExecuteSql.upgradeStatements(source) : JavaExecuteSql.downgradeStatements(source);
  }

  private Revision revisionOf(Step step) {
    if (step instanceof Step.Upgrade up) {
      return graph.get(up.revision());
    }
    if (step instanceof Step.Downgrade down) {
      return graph.get(down.revision());
    }
    return null;
  }
}
