package dev.retort.lint.rules;

import dev.retort.dialect.Capabilities;
import dev.retort.error.Location;
import dev.retort.lint.Finding;
import dev.retort.lint.LintContext;
import dev.retort.lint.Rule;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import dev.retort.graph.RevisionKind;
import dev.retort.script.ConcurrentDdl;
import dev.retort.script.PythonExecuteSql;
import dev.retort.script.ScriptHeader;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RT113}: {@code CREATE/DROP INDEX CONCURRENTLY} (or {@code REINDEX ... CONCURRENTLY}) in
 * a revision that runs inside a transaction. PostgreSQL refuses it there, so the revision fails.
 * SQL revisions are read whole; Java revisions through the {@code op.execute("...")} literals of
 * their {@code upgrade} method.
 */
public final class ConcurrentlyInTransaction implements Rule {
  public static final RuleInfo INFO = new RuleInfo(
      "RT113", "concurrently-in-transaction", Severity.ERROR,
      "CONCURRENTLY in a transactional revision, which PostgreSQL rejects");

  private final UpgradeScripts scripts;

  ConcurrentlyInTransaction(UpgradeScripts scripts) {
    this.scripts = scripts;
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> check(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    if (context.targetLacks(Capabilities::concurrentIndexBuilds)) {
      return findings; // the database has no CONCURRENTLY: the statement fails for that reason, whatever the transaction
    }
    for (SqlBodies.Body body : scripts.bodies().of(context)) {
      if (!body.header().transactional()) {
        continue;
      }
      List<SqlStatement> statements = new ArrayList<>(body.script().upgrade());
      body.script().downgrade().ifPresent(statements::addAll);
      for (SqlStatement statement : statements) {
        if (ConcurrentDdl.isConcurrent(statement.sql())) {
          findings.add(new Finding(
              INFO.code(),
              INFO.severity(),
              new Location(body.header().path(), statement.line()),
              "CONCURRENTLY cannot run inside a transaction, and revision " + body.header().id() + " is transactional",
              "add the header line '-- Transactional: false' (and keep the revision to this one statement)"));
        }
      }
    }
    for (RevisionSql revision : scripts.of(context)) {
      ScriptHeader header = revision.header();
      if (header.kind() != RevisionKind.JAVA || !header.transactional()) {
        continue;
      }
      for (StatementView statement : revision.upgrade()) {
        if (ConcurrentDdl.isConcurrent(statement.sql())) {
          findings.add(new Finding(
              INFO.code(),
              INFO.severity(),
              revision.at(statement),
              "CONCURRENTLY cannot run inside a transaction, and revision " + header.id() + " is transactional",
              "add 'transactional = false' to @Revision(...) (and keep the revision to this one statement)"));
        }
      }
    }
    findings.addAll(python(context));
    return findings;
  }

  /** Alembic runs a revision in a transaction, except what it runs in an autocommit block. */
  private List<Finding> python(LintContext context) {
    List<Finding> findings = new ArrayList<>();
    for (PythonBodies.Body body : scripts.python().of(context)) {
      List<PythonExecuteSql.Executed> statements = new ArrayList<>();
      body.module().upgrade().ifPresent(f -> statements.addAll(f.statements()));
      body.module().downgrade().ifPresent(f -> statements.addAll(f.statements()));
      for (PythonExecuteSql.Executed executed : statements) {
        if (!executed.autocommit() && ConcurrentDdl.isConcurrent(executed.statement().sql())) {
          findings.add(new Finding(
              INFO.code(),
              INFO.severity(),
              new Location(body.header().path(), executed.statement().line()),
              "CONCURRENTLY cannot run inside a transaction, and Alembic runs revision " + body.header().id()
                  + " in one",
              "run it in an autocommit block: with op.get_context().autocommit_block(): op.execute(...)"));
        }
      }
    }
    return findings;
  }
}
