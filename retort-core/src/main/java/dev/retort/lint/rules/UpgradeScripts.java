package dev.retort.lint.rules;

import dev.retort.error.RetortException;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.LintContext;
import dev.retort.script.ScriptHeader;
import dev.retort.script.SqlScript;
import dev.retort.script.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and classifies the upgrade sections of a project's SQL revisions once per lint run, for
 * all the SQL rules that share this instance. A file that cannot be read or split is skipped: the
 * loader reports it as a load problem.
 */
final class UpgradeScripts {
  private LintContext lastContext;
  private List<RevisionSql> lastScripts = List.of();

  /** The SQL revisions of {@code context}, sorted by path as the headers are. */
  synchronized List<RevisionSql> of(LintContext context) {
    if (context != lastContext) {
      lastScripts = read(context);
      lastContext = context;
    }
    return lastScripts;
  }

  private static List<RevisionSql> read(LintContext context) {
    List<RevisionSql> scripts = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      if (header.kind() != RevisionKind.SQL) {
        continue;
      }
      SqlScript script;
      try {
        script = SqlScript.read(header.path());
      } catch (RetortException e) {
        continue;
      }
      List<StatementView> views = new ArrayList<>();
      for (SqlStatement statement : script.upgrade()) {
        views.add(StatementClassifier.classify(statement.sql(), statement.line()));
      }
      scripts.add(new RevisionSql(header, views));
    }
    return scripts;
  }
}
