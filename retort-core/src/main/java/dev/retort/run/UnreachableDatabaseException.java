package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** No connection could be made to a database (RT-D002); the message names the redacted URL, never the password. */
public final class UnreachableDatabaseException extends RetortException {
  private static final long serialVersionUID = 1L;

  UnreachableDatabaseException(String summary, String hint) {
    super(ErrorCode.D002, null, summary, List.of(), hint);
  }
}
