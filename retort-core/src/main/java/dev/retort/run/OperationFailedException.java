package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.sql.SQLException;
import java.util.List;

/** A statement compiled from a Java revision's operation failed; names the revision, the operation and the statement. */
public final class OperationFailedException extends RetortException {
  private static final long serialVersionUID = 1L;

  OperationFailedException(String revision, String operation, String sql, SQLException cause) {
    super(
        ErrorCode.V004,
        null,
        "revision " + revision + ": " + operation + " failed: " + firstLine(cause.getMessage()),
        List.of("statement: " + (sql.length() > 200 ? sql.substring(0, 200) + "…" : sql).replace("\n", "\n             ")),
        "fix the operation in revision " + revision + " and run the same command again: it continues from " + revision,
        cause);
  }

  private static String firstLine(String message) {
    return message == null ? "(no message from the database)" : message.strip().replace("\n  ", " ").replace('\n', ' ');
  }
}
