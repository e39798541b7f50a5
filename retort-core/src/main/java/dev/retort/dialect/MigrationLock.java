package dev.retort.dialect;

/** A held migration lock; closing releases it. The database also releases it if the process dies. */
public interface MigrationLock extends AutoCloseable {
  @Override
  void close();
}
