package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * An operation that cannot be compiled against the schema as it is (SQLite rebuilds read the
 * table first: a missing table, column or constraint is found here, before any SQL runs).
 */
public final class UnrenderableOperationException extends RetortException {
  private static final long serialVersionUID = 1L;

  public UnrenderableOperationException(String operation, String problem, String hint) {
    super(ErrorCode.D004, null, operation + ": " + problem, List.of(), hint);
  }
}
