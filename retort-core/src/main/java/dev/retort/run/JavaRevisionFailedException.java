package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java revision's {@code upgrade} or {@code downgrade} threw (V006): names the file and the line
 * of the revision's code that was running, the exception, the database's message when a
 * {@link SQLException} caused it, and the state left.
 */
public final class JavaRevisionFailedException extends RetortException {
  private static final long serialVersionUID = 1L;

  JavaRevisionFailedException(Revision revision, String direction, RuntimeException cause, String stateLeft,
      boolean rolledBack, String resumesFrom) {
    super(
        ErrorCode.V006,
        where(revision, cause),
        direction + " of " + revision.id() + " failed: " + describe(cause),
        details(cause, stateLeft, rolledBack),
        "fix " + direction + "() in the file and run the same command again: "
            + StatementFailedException.resumes(revision.id().value(), resumesFrom),
        cause);
  }

  private JavaRevisionFailedException(Revision revision, String direction, RuntimeException cause) {
    super(
        ErrorCode.V006,
        where(revision, cause),
        direction + " of " + revision.id() + " failed while rendering it as SQL (--sql): " + describe(cause),
        details(cause, "nothing was written", true),
        "fix " + direction + "() in the file and render the script again",
        cause);
  }

  private JavaRevisionFailedException(Revision revision, String direction, RuntimeException cause, List<String> partial,
      String hint) {
    super(ErrorCode.V006, where(revision, cause), direction + " of " + revision.id() + " failed: " + describe(cause),
        partialDetails(cause, partial), hint, cause);
  }

  /**
   * The revision ran outside one transaction: {@code partial} says which of its statements ran,
   * and {@code hint} how to resolve it.
   */
  static JavaRevisionFailedException partial(Revision revision, String direction, RuntimeException cause,
      List<String> partial, String hint) {
    return new JavaRevisionFailedException(revision, direction, cause, partial, hint);
  }

  private static List<String> partialDetails(Throwable cause, List<String> partial) {
    List<String> lines = new ArrayList<>();
    if (cause instanceof RetortException retort) {
      lines.addAll(retort.details());
    }
    lines.addAll(partial);
    return lines;
  }

  /** The revision's code threw while it was rendered as an offline script: nothing was written. */
  static JavaRevisionFailedException offline(Revision revision, String direction, RuntimeException cause) {
    return new JavaRevisionFailedException(revision, direction, cause);
  }

  /** The file, at the deepest line of the revision's own code in the stack trace when there is one. */
  static Location where(Revision revision, Throwable cause) {
    String file = revision.origin().path().getFileName().toString();
    for (Throwable t = cause; t != null; t = t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (file.equals(frame.getFileName()) && frame.getLineNumber() > 0) {
          return new Location(revision.origin().path(), frame.getLineNumber());
        }
      }
    }
    return Location.of(revision.origin().path());
  }

  /** The message users act on: the database's when SQL failed, else the exception's own. */
  private static String describe(Throwable cause) {
    if (cause instanceof RetortException retort) {
      return retort.summary();
    }
    SQLException sql = sqlCause(cause);
    if (sql != null && sql.getMessage() != null) {
      return oneLine(sql.getMessage());
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : oneLine(message);
  }

  private static SQLException sqlCause(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static List<String> details(Throwable cause, String stateLeft, boolean rolledBack) {
    List<String> lines = new ArrayList<>();
    if (cause instanceof RetortException retort) {
      lines.addAll(retort.details());
    }
    lines.add(rolledBack
        ? stateLeft
        : "this revision is not transactional: what it did before the failure stays applied; " + stateLeft);
    return lines;
  }

  private static String oneLine(String message) {
    return message.strip().replace("\n  ", " ").replace('\n', ' ');
  }
}
