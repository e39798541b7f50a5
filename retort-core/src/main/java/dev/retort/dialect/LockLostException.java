package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A lease lock was taken over, or could not be renewed, while its run was going on. */
public final class LockLostException extends RetortException {
  private static final long serialVersionUID = 1L;

  LockLostException(String reason) {
    super(ErrorCode.L003, null, "the migration lock was lost: " + reason,
        List.of("another run may be migrating the same database now; this run stops before its next step"),
        "check which run holds the lock (the retort_lock table names it), let it finish, then run again; if this"
            + " process was paused (a long GC, a suspended VM) for longer than the lease, find out why");
  }
}
