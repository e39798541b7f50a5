package dev.retort.autogen.scratch;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A generated statement that the scratch copy of the current schema refuses while a revision is
 * rendered on it (RT-M015): the change cannot be written as generated, and nothing is written.
 */
public final class ScratchStatementException extends RetortException {
  private static final long serialVersionUID = 1L;

  /**
   * @param sql the statement refused
   * @param reason the database's message
   */
  public ScratchStatementException(String sql, String reason, Throwable cause) {
    super(ErrorCode.M015, null, "a generated statement fails on a scratch copy of the current schema",
        List.of("statement: " + sql, "database: " + reason),
        "write this change by hand in a revision (retort revision -m ...), or run the command with -v and report it",
        cause);
  }
}
