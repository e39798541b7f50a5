package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java revision (or code it called) called {@code System.exit} during a run (V007): the JVM is
 * already shutting down, so the step cannot finish; its transaction was rolled back (or, for a
 * step that ran outside one, what it did stays and its started record awaits {@code retort
 * resolve}), and the process ends with status 1 whatever status the revision passed. Names the
 * file and line of the call when the revision's own code made it.
 */
public final class RevisionExitedException extends RetortException {
  private static final long serialVersionUID = 1L;

  private RevisionExitedException(Location location, String summary, List<String> details, String hint) {
    super(ErrorCode.V007, location, summary, details, hint, null);
  }

  /**
   * The exit came from {@code revision}'s step; {@code calling} is the run thread's stack and
   * {@code resumesFrom} the revision the same command runs first next time (the run's first step
   * when {@code transaction_per_migration = false} rolled the whole run back).
   */
  static RevisionExitedException during(
      Revision revision, String direction, String stateLeft, String resumesFrom, StackTraceElement[] calling) {
    RevisionExitedException e = new RevisionExitedException(
        where(revision, calling),
        "revision " + revision.id() + " called System.exit during " + direction,
        List.of(stateLeft, "a revision must not end the process; Retort stopped the run and exits with status 1"),
        "remove the System.exit call from " + direction + "() (throw an exception to fail the step) and run the"
            + " same command again: " + StatementFailedException.resumes(revision.id().value(), resumesFrom));
    e.setStackTrace(calling);
    return e;
  }

  /**
   * The exit came from {@code revision}'s step, which ran outside a transaction: {@code partial}
   * says why and which of its statements ran, and {@code resolveFix} how to resolve it (the same
   * command cannot simply run again: the next run refuses until the record is resolved).
   */
  static RevisionExitedException partial(
      Revision revision, String direction, List<String> partial, String resolveFix, StackTraceElement[] calling) {
    List<String> details = new ArrayList<>(partial);
    details.add("a revision must not end the process; Retort stopped the run and exits with status 1");
    RevisionExitedException e = new RevisionExitedException(
        where(revision, calling),
        "revision " + revision.id() + " called System.exit during " + direction,
        details,
        "remove the System.exit call from " + direction + "() (throw an exception to fail the step); then "
            + resolveFix);
    e.setStackTrace(calling);
    return e;
  }

  /** The exit came while no step was running (a Java revision's constructor, while loading revisions, ...). */
  static RevisionExitedException outsideSteps(String stateLeft, StackTraceElement[] calling) {
    RevisionExitedException e = new RevisionExitedException(
        null,
        "System.exit was called during the run, outside any step (a Java revision's constructor or static"
            + " initialiser?)",
        List.of(stateLeft, "Retort stopped the run and exits with status 1; -v shows where exit was called"),
        "remove the System.exit call and run the same command again");
    e.setStackTrace(calling);
    return e;
  }

  private static Location where(Revision revision, StackTraceElement[] calling) {
    String file = revision.origin().path().getFileName().toString();
    for (StackTraceElement frame : calling) {
      if (file.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
        return new Location(revision.origin().path(), frame.getLineNumber());
      }
    }
    return Location.of(revision.origin().path());
  }
}
