package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** A revision header that is malformed, incomplete, or holds an illegal id. */
public final class HeaderException extends RetortException {
  private static final long serialVersionUID = 1L;

  public HeaderException(ErrorCode code, Location location, String summary, String hint) {
    super(code, location, summary, List.of(), hint);
  }

  /** A malformed or incomplete header (S002). */
  static HeaderException malformed(Location location, String summary, String hint) {
    return new HeaderException(ErrorCode.S002, location, summary, hint);
  }

  /** An illegal revision id (S003). */
  static HeaderException illegalId(Location location, String problem) {
    return new HeaderException(
        ErrorCode.S003,
        location,
        problem,
        "use 1-255 letters, digits, '_' or '.', e.g. a 12-hex id as retort revision makes");
  }

  /**
   * An Alembic revision header value that only running the file would give (S030).
   *
   * @param statement the statement as written
   * @param problem what is computed and why Retort cannot read it
   */
  static HeaderException computedInPython(Location location, String statement, String problem, String hint) {
    return new HeaderException(ErrorCode.S030, location,
        "'" + statement + "': " + problem + "; Retort reads Alembic revision headers as text and never runs Python",
        hint);
  }

  /** An Alembic revision header that Retort cannot read: a syntax error, a missing revision (S031). */
  static HeaderException unreadablePython(Location location, String problem, String hint) {
    return new HeaderException(ErrorCode.S031, location, problem, hint);
  }

  /** A message that is not one line of text (S011). */
  static HeaderException multiLineMessage(Location location, String problem) {
    return new HeaderException(
        ErrorCode.S011,
        location,
        "the message holds " + problem + "; a message is one line of text",
        "write the message on one line, without line breaks or other control characters");
  }
}
