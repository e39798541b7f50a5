package dev.retort.dialect;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * How long to wait for the migration lock, and a way to give up early (a stop request).
 *
 * @param timeout the longest wait
 * @param cancelled polled between attempts; true ends the wait with {@link LockCancelledException}
 */
public record LockWait(Duration timeout, BooleanSupplier cancelled) {
  /** A wait that is never cancelled. */
  public static LockWait of(Duration timeout) {
    return new LockWait(timeout, () -> false);
  }

  /** Throws when the wait was cancelled. */
  public void checkCancelled() {
    if (cancelled.getAsBoolean()) {
      throw new LockCancelledException();
    }
  }
}
