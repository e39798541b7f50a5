package dev.retort.dialect;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.time.Duration;
import java.util.List;

/** The migration lock was not acquired within {@code lock_timeout}. */
public final class LockTimeoutException extends RetortException {
  private static final long serialVersionUID = 1L;

  public LockTimeoutException(Duration waited, String holder) {
    super(
        ErrorCode.L001,
        null,
        "could not take the migration lock within " + waited.toMillis() / 1000.0 + "s: another migration is running",
        List.of("held by: " + holder),
        "wait for that run to finish and try again, or raise lock_timeout in retort.toml");
  }
}
