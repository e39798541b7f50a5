package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** The run was asked to stop while it waited for the migration lock; nothing ran. */
public final class LockCancelledException extends RetortException {
  private static final long serialVersionUID = 1L;

  LockCancelledException() {
    super(ErrorCode.L002, null, "stopped while waiting for the migration lock; nothing was run", List.of(),
        "run the command again when you want it to go ahead");
  }
}
