package dev.retort.dialect.sqlite;

import dev.retort.dialect.LockTimeoutException;
import dev.retort.dialect.LockWait;
import dev.retort.dialect.MigrationLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * An exclusive OS lock on a file beside the SQLite database, polled until a timeout. The OS
 * releases it when the process dies, so it never goes stale. The holder writes who it is into
 * the file for the waiters' message.
 */
final class FileLock implements MigrationLock {
  private final FileChannel channel;
  private final java.nio.channels.FileLock lock;

  private FileLock(FileChannel channel, java.nio.channels.FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static FileLock acquire(Path path, LockWait wait) {
    Duration timeout = wait.timeout();
    Instant deadline = Instant.now().plus(timeout);
    long sleep = 20;
    try {
      FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      boolean told = false;
      while (true) {
        java.nio.channels.FileLock lock = tryLock(channel);
        if (lock != null) {
          channel.truncate(0);
          channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
          channel.force(false);
          return new FileLock(channel, lock);
        }
        if (!told) {
          wait.waiting().accept(holder(path));
          told = true;
        }
        if (wait.cancelled().getAsBoolean()) {
          channel.close();
          wait.checkCancelled();
        }
        if (Instant.now().isAfter(deadline)) {
          String holder = holder(path);
          channel.close();
          throw new LockTimeoutException(timeout, holder);
        }
        Thread.sleep(sleep);
        sleep = Math.min(sleep * 2, 250);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use lock file " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the migration lock", e);
    }
  }

  private static java.nio.channels.FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** What the holder wrote into the lock file (empty for a moment after it took the lock). */
  private static String holder(Path path) throws IOException {
    String holder = Files.readString(path).strip();
    return holder.isEmpty() ? "another process (lock file " + path + ")" : holder;
  }

  private static String holder() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown host";
    }
    return "retort pid " + ProcessHandle.current().pid() + " on " + host + " since " + Instant.now();
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the migration lock", e);
    }
  }
}
