package dev.retort.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A migration lock for databases without a session-scoped advisory lock: a row in {@value #TABLE}
 * naming its owner, taken with a plain insert, kept alive by a heartbeat on a connection of its own,
 * and deleted on release.
 *
 * <p>Expiry needs no shared clock. The holder increments the row's {@code beat} every third of the
 * lease; a waiter watches the row with its own monotonic clock, and only when it has seen the same
 * owner and beat for longer than the holder's lease does it take the lock over, with an update that
 * names that owner and beat (so of several waiters exactly one wins). A crashed holder therefore
 * blocks others for about one lease; a live one is never taken over unless it stops beating for a
 * whole lease, which its next beat notices ({@link #checkHeld}).
 */
public final class LeaseLock implements MigrationLock {
  /** The lock table. */
  public static final String TABLE = "retort_lock";

  static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE + " (lock_name VARCHAR(255) NOT NULL PRIMARY KEY,"
      + " owner VARCHAR(255) NOT NULL, beat BIGINT NOT NULL, lease_ms BIGINT NOT NULL, acquired_at VARCHAR(40) NOT NULL)";

  /** Opens the lock's own connection (the run's connection is busy with the run's statements). */
  @FunctionalInterface
  public interface Opener {
    Connection open() throws SQLException;
  }

  private final Connection connection;
  private final String name;
  private final String owner;
  private final ScheduledExecutorService heartbeat;
  private final AtomicReference<String> lost = new AtomicReference<>();

  private LeaseLock(Connection connection, String name, String owner, Duration lease) {
    this.connection = connection;
    this.name = name;
    this.owner = owner;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "retort-lease-heartbeat");
      thread.setDaemon(true);
      return thread;
    });
    long every = Math.max(1, lease.toMillis() / 3);
    heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Takes the lock {@code name} (the version table's name, so that two projects sharing a database
   * do not block each other), waiting as {@code wait} says.
   *
   * @param owner who this run is, for the waiters' message ("retort pid 123 on host since ...")
   * @param lease how long the holder may stay silent before a waiter takes the lock over
   * @throws LockTimeoutException when {@code wait}'s timeout passes, naming the holder
   */
  public static LeaseLock acquire(Opener opener, String name, String owner, Duration lease, LockWait wait)
      throws SQLException {
    Connection connection = opener.open();
    try {
      connection.setAutoCommit(true);
      try (Statement st = connection.createStatement()) {
        st.execute(CREATE);
      }
      String uniqueOwner = owner + " [" + UUID.randomUUID().toString().substring(0, 8) + "]";
      LeaseLock lock = take(connection, name, uniqueOwner, lease, wait);
      return lock;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static LeaseLock take(Connection connection, String name, String owner, Duration lease, LockWait wait)
      throws SQLException {
    Instant deadline = Instant.now().plus(wait.timeout());
    Observation seen = null;
    long seenSince = 0;
    long sleep = 20;
    boolean told = false;
    while (true) {
      SQLException insertFailure = tryInsert(connection, name, owner, lease);
      if (insertFailure == null) {
        return new LeaseLock(connection, name, owner, lease);
      }
      Optional<Observation> row = read(connection, name);
      if (row.isEmpty()) {
        // released between the insert and the read, or the insert failed for another reason: one more try tells
        if (tryInsert(connection, name, owner, lease) == null) {
          return new LeaseLock(connection, name, owner, lease);
        }
        if (read(connection, name).isEmpty()) {
          throw insertFailure;
        }
        continue;
      }
      long now = System.nanoTime();
      if (!row.get().sameBeat(seen)) {
        seen = row.get();
        seenSince = now;
      } else if (now - seenSince > TimeUnit.MILLISECONDS.toNanos(seen.leaseMillis())
          && takeOver(connection, name, owner, lease, seen)) {
        return new LeaseLock(connection, name, owner, lease);
      }
      if (!told) {
        wait.waiting().accept(seen.owner());
        told = true;
      }
      wait.checkCancelled();
      if (Instant.now().isAfter(deadline)) {
        throw new LockTimeoutException(wait.timeout(), seen.owner());
      }
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while waiting for the migration lock", e);
      }
      sleep = Math.min(sleep * 2, Math.max(20, Math.min(250, seen.leaseMillis() / 4)));
    }
  }

  /** The lock row as a waiter saw it. */
  private record Observation(String owner, long beat, long leaseMillis) {
    boolean sameBeat(Observation other) {
      return other != null && other.owner.equals(owner) && other.beat == beat;
    }
  }

  /** Null when the row was inserted (the lock is ours), else why not. */
  private static SQLException tryInsert(Connection connection, String name, String owner, Duration lease) {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO " + TABLE + " (lock_name, owner, beat, lease_ms, acquired_at) VALUES (?, ?, 0, ?, ?)")) {
      ps.setString(1, name);
      ps.setString(2, owner);
      ps.setLong(3, lease.toMillis());
      ps.setString(4, Instant.now().toString());
      ps.executeUpdate();
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  private static Optional<Observation> read(Connection connection, String name) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT owner, beat, lease_ms FROM " + TABLE + " WHERE lock_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Observation(rs.getString(1), rs.getLong(2), rs.getLong(3))) : Optional.empty();
      }
    }
  }

  /** Replaces the silent holder, if the row is still exactly as last seen. */
  private static boolean takeOver(Connection connection, String name, String owner, Duration lease, Observation silent)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE " + TABLE + " SET owner = ?, beat = 0,"
        + " lease_ms = ?, acquired_at = ? WHERE lock_name = ? AND owner = ? AND beat = ?")) {
      ps.setString(1, owner);
      ps.setLong(2, lease.toMillis());
      ps.setString(3, Instant.now().toString());
      ps.setString(4, name);
      ps.setString(5, silent.owner());
      ps.setLong(6, silent.beat());
      return ps.executeUpdate() == 1;
    }
  }

  private void beat() {
    if (lost.get() != null) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "UPDATE " + TABLE + " SET beat = beat + 1 WHERE lock_name = ? AND owner = ?")) {
      ps.setString(1, name);
      ps.setString(2, owner);
      if (ps.executeUpdate() != 1) {
        lost.set("another run took it over after this one was silent for longer than the lease");
      }
    } catch (SQLException e) {
      lost.set("the heartbeat could not renew it: " + e.getMessage());
    }
  }

  /** Who holds this lock, as the waiters see it. */
  public String owner() {
    return owner;
  }

  @Override
  public void checkHeld() {
    String reason = lost.get();
    if (reason != null) {
      throw new LockLostException(reason);
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      heartbeat.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (connection; PreparedStatement ps = connection.prepareStatement(
        "DELETE FROM " + TABLE + " WHERE lock_name = ? AND owner = ?")) {
      ps.setString(1, name);
      ps.setString(2, owner);
      ps.executeUpdate();
    } catch (SQLException e) {
      // the row expires after one lease of silence all the same
    }
  }
}
