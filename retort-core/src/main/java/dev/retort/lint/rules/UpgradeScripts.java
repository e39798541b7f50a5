package dev.retort.lint.rules;

import dev.retort.error.RetortException;
import dev.retort.lint.LintContext;
import dev.retort.script.JavaExecuteSql;
import dev.retort.script.PythonExecuteSql;
import dev.retort.script.ScriptHeader;
import dev.retort.script.ScriptText;
import dev.retort.script.SqlScript;
import dev.retort.script.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and classifies the upgrade sections of a project's SQL revisions, and the {@code
 * op.execute("...")} literals of its Java revisions' {@code upgrade} methods (see {@link
 * JavaExecuteSql}) and of its Alembic revisions' {@code def upgrade()} (see {@link
 * PythonExecuteSql}), once per lint run, for all the SQL rules that share this instance. A file that
 * cannot be read or split is skipped: the loader reports it as a load problem.
 */
final class UpgradeScripts {
  private final SqlBodies bodies;
  private final PythonBodies python = new PythonBodies();
  private final PerRun<List<RevisionSql>> scripts = new PerRun<>(this::read);

  /** Scripts read on their own (tests, single rules). */
  UpgradeScripts() {
    this(new SqlBodies());
  }

  /** Scripts sharing the SQL revisions' bodies with other rules. */
  UpgradeScripts(SqlBodies bodies) {
    this.bodies = bodies;
  }

  /** The SQL revisions' bodies this instance reads from. */
  SqlBodies bodies() {
    return bodies;
  }

  /** The Alembic revisions' functions this instance reads from. */
  PythonBodies python() {
    return python;
  }

  /** The SQL, Java and Alembic revisions of {@code context}, sorted by path as the headers are. */
  List<RevisionSql> of(LintContext context) {
    return scripts.of(context);
  }

  private List<RevisionSql> read(LintContext context) {
    Map<ScriptHeader, SqlScript> sql = new HashMap<>();
    for (SqlBodies.Body body : bodies.of(context)) {
      sql.put(body.header(), body.script());
    }
    Map<ScriptHeader, List<SqlStatement>> py = new HashMap<>();
    for (PythonBodies.Body body : python.of(context)) {
      py.put(body.header(), body.module().upgrade().map(PythonExecuteSql.Function::sql).orElse(List.of()));
    }
    List<RevisionSql> scripts = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      List<SqlStatement> upgrade = switch (header.kind()) {
        case JAVA -> javaUpgrade(header);
        case PYTHON -> py.get(header);
        default -> sql.containsKey(header) ? sql.get(header).upgrade() : null;
      };
      if (upgrade == null) {
        continue; // unreadable or unsplittable: the loader reports it
      }
      List<StatementView> views = new ArrayList<>();
      for (SqlStatement statement : upgrade) {
        views.add(StatementClassifier.classify(statement.sql(), statement.line()));
      }
      scripts.add(new RevisionSql(header, views));
    }
    return scripts;
  }

  /** The {@code op.execute} literals of a Java revision's upgrade, or null when it cannot be read. */
  private static List<SqlStatement> javaUpgrade(ScriptHeader header) {
    try {
      return JavaExecuteSql.upgradeStatements(ScriptText.read(header.path()));
    } catch (RetortException | UncheckedIOException e) {
      return null;
    }
  }
}
