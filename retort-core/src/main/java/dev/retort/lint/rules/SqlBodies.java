package dev.retort.lint.rules;

import dev.retort.error.RetortException;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.LintContext;
import dev.retort.script.ScriptHeader;
import dev.retort.script.SqlScript;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies of the SQL revisions, read and split once per lint run for every rule that shares
 * this instance (the content rules, and the SQL rules through {@link UpgradeScripts}). A body that
 * cannot be split is left out here; the command reports it as {@code RT110}.
 */
final class SqlBodies {
  /** One SQL revision: its header and its split body. */
  record Body(ScriptHeader header, SqlScript script) {}

  private final PerRun<List<Body>> bodies = new PerRun<>(SqlBodies::read);

  /** The SQL revisions of {@code context}, sorted by path as the headers are. */
  List<Body> of(LintContext context) {
    return bodies.of(context);
  }

  private static List<Body> read(LintContext context) {
    List<Body> bodies = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      if (header.kind() != RevisionKind.SQL) {
        continue;
      }
      try {
        bodies.add(new Body(header, SqlScript.read(header.path(), context.syntax())));
      } catch (RetortException e) {
        // reported by MalformedHeader
      }
    }
    return bodies;
  }
}
