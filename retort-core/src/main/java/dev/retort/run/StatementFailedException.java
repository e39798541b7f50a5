package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A statement of a revision failed; names the file, line, statement, the database's message and the state left. */
public final class StatementFailedException extends RetortException {
  private static final long serialVersionUID = 1L;
  private final String revision;
  private final String statement;

  StatementFailedException(
      Location location, String revision, String direction, String sql, SQLException cause, String stateLeft, boolean rolledBack,
      String resumesFrom) {
    super(
        ErrorCode.V004,
        location,
        direction + " of " + revision + " failed: " + firstLine(cause.getMessage()),
        details(sql, stateLeft, rolledBack),
        fixFor(cause) + " and run the same command again: " + resumes(revision, resumesFrom),
        cause);
    this.revision = revision;
    this.statement = sql;
  }

  private StatementFailedException(Location location, String revision, String direction, String sql, SQLException cause,
      List<String> partial, String hint) {
    super(ErrorCode.V004, location, direction + " of " + revision + " failed: " + firstLine(cause.getMessage()),
        withStatement(sql, partial), hint, cause);
    this.revision = revision;
    this.statement = sql;
  }

  /** The revision whose statement failed. */
  public String revision() {
    return revision;
  }

  /** The statement that failed, as the file has it. */
  public String statement() {
    return statement;
  }

  /**
   * A statement of a step that ran outside one transaction failed: {@code partial} says which
   * statements ran and which did not, and {@code hint} how to resolve it.
   */
  static StatementFailedException partial(Location location, String revision, String direction, String sql,
      SQLException cause, List<String> partial, String hint) {
    return new StatementFailedException(location, revision, direction, sql, cause, partial, hint);
  }

  private static List<String> withStatement(String sql, List<String> partial) {
    List<String> lines = new ArrayList<>();
    lines.add(details(sql, "", true).get(0));
    lines.addAll(partial);
    return lines;
  }

  /** A database message on one line. */
  static String oneLine(String message) {
    return firstLine(message);
  }

  private static List<String> details(String sql, String stateLeft, boolean rolledBack) {
    List<String> lines = new ArrayList<>();
    String shown = sql.length() > 200 ? sql.substring(0, 200) + "…" : sql;
    lines.add("statement: " + shown.replace("\n", "\n             "));
    lines.add(rolledBack
        ? stateLeft
        : "this revision is not transactional: its statements before this one stay applied; " + stateLeft);
    return lines;
  }

  /**
   * What to change: the statement, unless the server ran out of room for the locks of one
   * transaction (PostgreSQL takes a lock for each table a transaction creates or changes, and its
   * lock table holds {@code max_locks_per_transaction} times the connections).
   */
  private static String fixFor(SQLException cause) {
    String message = cause.getMessage();
    if ("53200".equals(cause.getSQLState()) && message != null && message.contains("max_locks_per_transaction")) {
      return "this revision changes more tables in one transaction than the server has locks for: raise"
          + " max_locks_per_transaction on the server (postgresql.conf, then restart it), or split the revision"
          + " (a squash: squash smaller ranges),";
    }
    return "fix the statement in the file";
  }

  /** Where the same command starts again: the failed revision, or the first step the rollback undid. */
  static String resumes(String failed, String resumesFrom) {
    return failed.equals(resumesFrom)
        ? "it continues from " + failed
        : "it starts again from " + resumesFrom + ", the first step the rollback undid";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message from the database)";
    }
    String oneLine = message.strip().replace("\n  ", " ").replace('\n', ' ');
    return oneLine;
  }
}
