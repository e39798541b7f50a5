package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionKind;
import dev.retort.plan.Step;
import dev.retort.migration.Migration;
import dev.retort.script.JavaMigrationLoader;
import dev.retort.script.SqlScript;
import dev.retort.script.SqlStatement;
import java.util.List;

/**
 * The statements one step runs, loaded for every step before the first one runs, so that a
 * malformed or irreversible script is refused before the database changes.
 *
 * @param step the step
 * @param revision the revision it runs, or null for a stamp
 * @param statements the statements, in order (none for a Java revision)
 * @param migration the compiled migration of a Java revision, or null
 */
record StepBody(Step step, Revision revision, List<SqlStatement> statements, Migration migration) {

  StepBody(Step step, Revision revision, List<SqlStatement> statements) {
    this(step, revision, statements, null);
  }

  /** Reads a SQL revision's statements (split with the database's {@code syntax}), or compiles and instantiates a Java revision with {@code java}. */
  static StepBody load(Step step, Revision revision, JavaMigrationLoader java, dev.retort.script.Placeholders placeholders,
      dev.retort.script.SqlSyntax syntax) {
    return load(step, revision, java, placeholders, syntax, ScriptCache.NONE);
  }

  /** As above; SQL revisions come from {@code scripts} when it has them. */
  static StepBody load(Step step, Revision revision, JavaMigrationLoader java, dev.retort.script.Placeholders placeholders,
      dev.retort.script.SqlSyntax syntax, ScriptCache scripts) {
    if (revision == null) {
      return new StepBody(step, null, List.of());
    }
    if (revision.kind() == RevisionKind.PYTHON) {
      throw pythonRevision(step, revision);
    }
    if (revision.kind() == RevisionKind.JAVA) {
      return new StepBody(step, revision, List.of(), java.load(revision));
    }
    java.nio.file.Path path = revision.origin().path();
    SqlScript script = scripts.get(path, revision.checksum(), placeholders, syntax, () -> {
      String text = dev.retort.script.ScriptText.read(path);
      dev.retort.script.IncompleteMarker.in(path, text).ifPresent(marker -> {
        throw incomplete(step, revision, marker);
      });
      return SqlScript.parse(path, placeholders.apply(path, text), syntax);
    });
    if (step instanceof Step.Upgrade) {
      return new StepBody(step, revision, script.upgrade());
    }
    return new StepBody(step, revision, script.downgrade().orElseThrow(() -> new RunException(
        ErrorCode.V005,
        Location.of(revision.origin().path()),
        "revision " + revision.id() + " has no '-- +downgrade' section, so it cannot be downgraded",
        List.of("nothing was changed"),
        "add a '-- +downgrade' section that undoes the upgrade (an empty one if there is nothing to undo)",
        null)));
  }

  /** The refusal of a step that would run an Alembic revision's Python body (S032). */
  private static RunException pythonRevision(Step step, Revision revision) {
    boolean upgrade = step instanceof Step.Upgrade;
    String direction = upgrade ? "upgrade" : "downgrade";
    String alembic = upgrade
        ? "alembic upgrade " + revision.id()
        : "alembic downgrade " + revision.id() + "-1";
    return new RunException(
        ErrorCode.S032,
        revision.origin().revisionLocation(),
        "revision " + revision.id() + " is an Alembic Python revision, so Retort cannot run its " + direction + "()",
        List.of(
            "Retort reads Alembic revision headers as text and never runs Python; nothing was changed or written",
            "graph commands (heads, history, show, current, status) and stamp work on it"),
        "run this step with Alembic (" + alembic + "), then continue with Retort; or import the project into"
            + " Retort (retort import-alembic); or, if its changes are already in the database, record it"
            + " with retort stamp " + revision.id(),
        null);
  }

  /** The refusal of a step that would run a revision marked {@code Incomplete:} (S041). */
  private static RunException incomplete(Step step, Revision revision, dev.retort.script.IncompleteMarker marker) {
    String direction = step instanceof Step.Upgrade ? "upgrade" : "downgrade";
    return new RunException(
        ErrorCode.S041,
        marker.location(),
        "revision " + revision.id() + " is marked incomplete, so Retort cannot run its " + direction + ": "
            + marker.reason(),
        List.of(
            "retort import-alembic could not take its SQL from Alembic's offline mode; its Python body is kept in a"
                + " comment in the file",
            "nothing was changed or written"),
        "write the SQL of the '-- +upgrade' and '-- +downgrade' sections from the Python in the comments, then delete"
            + " the '-- Incomplete:' line; or, if its changes are already in the database, record it with retort"
            + " stamp " + revision.id(),
        null);
  }

  /** Runs a Java revision's upgrade or downgrade with {@code op}. */
  void runJava(dev.retort.migration.Operations op) {
    if (step instanceof Step.Upgrade) {
      migration.upgrade(op);
    } else {
      migration.downgrade(op);
    }
  }

  boolean transactional() {
    return revision == null || revision.transactional();
  }

  /**
   * Whether this is a SQL revision's step whose statements only read or change rows, so that it
   * can run in a transaction where DDL commits as it runs.
   */
  boolean onlyData() {
    return revision != null && migration == null && dev.retort.script.DataStatements.onlyData(statements);
  }

  /** "Running upgrade a, b -> c, message" as Alembic logs it. */
  String description() {
    if (revision == null) {
      return "Running stamp " + join(step.rowsBefore()) + " -> " + join(step.rowsAfter());
    }
    String parents = String.join(", ", revision.parents().stream().map(Object::toString).toList());
    if (step instanceof Step.Upgrade) {
      return "Running upgrade " + parents + " -> " + revision.id() + ", " + revision.message();
    }
    return "Running downgrade " + revision.id() + " -> " + parents + ", " + revision.message();
  }

  private static String join(java.util.Collection<?> ids) {
    return String.join(", ", ids.stream().map(Object::toString).toList());
  }
}
