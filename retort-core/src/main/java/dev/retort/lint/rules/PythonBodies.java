package dev.retort.lint.rules;

import dev.retort.error.RetortException;
import dev.retort.graph.RevisionKind;
import dev.retort.lint.LintContext;
import dev.retort.script.PythonExecuteSql;
import dev.retort.script.ScriptHeader;
import dev.retort.script.ScriptText;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code def upgrade()} and {@code def downgrade()} of the Alembic revisions, read as text once
 * per lint run for every rule that shares this instance ({@link PythonExecuteSql}). A file that
 * cannot be read is left out: the loader reports it.
 */
final class PythonBodies {
  /** One Alembic revision: its header and its two functions. */
  record Body(ScriptHeader header, PythonExecuteSql.Module module) {}

  private final PerRun<List<Body>> bodies = new PerRun<>(PythonBodies::read);

  /** The Alembic revisions of {@code context}, sorted by path as the headers are. */
  List<Body> of(LintContext context) {
    return bodies.of(context);
  }

  private static List<Body> read(LintContext context) {
    List<Body> bodies = new ArrayList<>();
    for (ScriptHeader header : context.headers()) {
      if (header.kind() != RevisionKind.PYTHON) {
        continue;
      }
      try {
        bodies.add(new Body(header, PythonExecuteSql.read(header.path(), ScriptText.read(header.path()),
            context.syntax())));
      } catch (RetortException | UncheckedIOException e) {
        // reported by the loader
      }
    }
    return bodies;
  }
}
