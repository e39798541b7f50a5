package dev.retort.dialect;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;

/**
 * A process that takes a lease lock and holds it until it is killed, for {@link LeaseLockTest}:
 * {@code LeaseLockHolder <jdbc url> <lease ms>}; prints {@code held} once it holds the lock.
 */
public final class LeaseLockHolder {
  private LeaseLockHolder() {}

  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.setProperty("user", "postgres");
    props.setProperty("password", "postgres");
    LeaseLock lock = LeaseLock.acquire(() -> DriverManager.getConnection(args[0], props), "retort_version",
        "holder pid " + ProcessHandle.current().pid(), Duration.ofMillis(Long.parseLong(args[1])),
        LockWait.of(Duration.ofSeconds(60)));
    System.out.println("held " + lock.owner());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
