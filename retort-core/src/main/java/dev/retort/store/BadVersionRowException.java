package dev.retort.store;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** The version table holds a value that cannot be a revision id. */
public final class BadVersionRowException extends RetortException {
  private static final long serialVersionUID = 1L;

  BadVersionRowException(String table, String value) {
    super(
        ErrorCode.V003,
        null,
        "version table " + table + " holds '" + value + "', which is not a revision id",
        List.of(),
        "inspect the table (SELECT version_num FROM " + table + ") and correct the row, or stamp the real state with"
            + " retort stamp <revision> --purge");
  }
}
