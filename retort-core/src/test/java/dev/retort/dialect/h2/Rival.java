package dev.retort.dialect.h2;

import dev.retort.dialect.LeaseLock;
import dev.retort.dialect.LockTimeoutException;
import dev.retort.dialect.LockWait;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A Java function H2 calls from a revision ({@code CREATE ALIAS ... FOR}): another run that wants
 * the migration lock while the revision runs, waiting three leases for it.
 */
public final class Rival {
  private Rival() {}

  /** 1 when the rival got the lock (it took it over), 0 when it timed out waiting. */
  public static int rival(String url, long leaseMillis) throws SQLException {
    try (LeaseLock lock = LeaseLock.acquire(() -> DriverManager.getConnection(url), "retort_version", "rival",
        Duration.ofMillis(leaseMillis), LockWait.of(Duration.ofMillis(3 * leaseMillis)))) {
      return 1;
    } catch (LockTimeoutException e) {
      return 0;
    }
  }
}
