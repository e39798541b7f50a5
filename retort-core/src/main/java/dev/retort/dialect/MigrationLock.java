package dev.retort.dialect;

/** A held migration lock; closing releases it. The database also releases it if the process dies. */
public interface MigrationLock extends AutoCloseable {
  /**
   * Throws when the lock is no longer held (a {@link LeaseLock} taken over after its holder fell
   * silent); a session or file lock is held until closed, so this does nothing for them.
   */
  default void checkHeld() {}

  @Override
  void close();
}
