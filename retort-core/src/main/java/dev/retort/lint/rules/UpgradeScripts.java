package dev.retort.lint.rules;

import dev.retort.error.RetortException;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.LintContext;
import dev.retort.script.ScriptHeader;
import dev.retort.script.SqlScript;
import dev.retort.script.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and classifies the upgrade sections of a project's SQL revisions, and the {@code
 * op.execute("...")} literals of its Java revisions' {@code upgrade} methods (see {@link
 * JavaExecuteSql}), once per lint run, for all the SQL rules that share this instance. A file that
 * cannot be read or split is skipped: the loader reports it as a load problem.
 */
final class UpgradeScripts {
  private LintContext lastContext;
  private List<RevisionSql> lastScripts = List.of();

  /** The SQL and Java revisions of {@code context}, sorted by path as the headers are. */
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
      List<SqlStatement> upgrade = upgrade(header);
      if (upgrade == null) {
        continue;
      }
      List<StatementView> views = new ArrayList<>();
      for (SqlStatement statement : upgrade) {
        views.add(StatementClassifier.classify(statement.sql(), statement.line()));
      }
      scripts.add(new RevisionSql(header, views));
    }
    return scripts;
  }

  /** The upgrade statements of a revision, or null when its file cannot be read. */
  static List<SqlStatement> upgrade(ScriptHeader header) {
    try {
      if (header.kind() == RevisionKind.JAVA) {
        return JavaExecuteSql.upgradeStatements(Files.readString(header.path(), StandardCharsets.UTF_8));
      }
      return SqlScript.read(header.path()).upgrade();
    } catch (RetortException | IOException | UncheckedIOException e) {
      return null;
    }
  }
}
