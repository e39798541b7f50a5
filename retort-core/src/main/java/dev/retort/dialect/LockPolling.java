package dev.retort.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * The wait for a session lock (PostgreSQL's advisory lock, MySQL's named lock): tried in short
 * autocommit statements with a growing pause (20 ms up to 250 ms), so that a waiter never sits
 * inside a statement or holds a snapshot; the holder is told once through {@link
 * LockWait#waiting()}, and a timeout or a cancelled wait ends it.
 */
public final class LockPolling {
  /** One try at the lock: true when it was taken. */
  @FunctionalInterface
  public interface Attempt {
    boolean tryTake() throws SQLException;
  }

  /** Who holds the lock, for the waiting line and the timeout's message. */
  @FunctionalInterface
  public interface Holder {
    String describe() throws SQLException;
  }

  private LockPolling() {}

  /**
   * Returns once the lock is taken, with the connection's autocommit setting as it was.
   *
   * @throws LockTimeoutException when {@code wait.timeout()} passes first
   */
  public static void poll(Connection connection, LockWait wait, Attempt attempt, Holder holder) throws SQLException {
    Duration timeout = wait.timeout();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try {
      Instant deadline = Instant.now().plus(timeout);
      long sleep = 20;
      boolean told = false;
      while (!attempt.tryTake()) {
        if (!told) {
          wait.waiting().accept(holder.describe());
          told = true;
        }
        wait.checkCancelled();
        if (Instant.now().isAfter(deadline)) {
          throw new LockTimeoutException(timeout, holder.describe());
        }
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while waiting for the migration lock", e);
        }
        sleep = Math.min(sleep * 2, 250);
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
