package dev.retort.dialect;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How long to wait for the migration lock, a way to give up early (a stop request), and whom to
 * tell once that the wait has started.
 *
 * @param timeout the longest wait
 * @param cancelled polled between attempts; true ends the wait with {@link LockCancelledException}
 * @param waiting told once, when the first attempt finds the lock held, what is known about the
 *     holder (for a "waiting for the migration lock held by ..." line)
 */
public record LockWait(Duration timeout, BooleanSupplier cancelled, Consumer<String> waiting) {
  /** A wait that nobody hears about. */
  public LockWait(Duration timeout, BooleanSupplier cancelled) {
    this(timeout, cancelled, holder -> {});
  }

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
