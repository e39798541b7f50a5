package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite file lock with real {@code bin/retort} processes: a held lock makes a run fail naming
 * the holder; a stop request ends the wait. Many deploys at once: {@link ConcurrentUpgradeTest}.
 */
class SqliteLockTest {
  private static final long HANG_SECONDS = 120;

  @TempDir Path tmp;

  @Test
  void lockTimeoutNamesTheHolder() throws Exception {
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"1s\"");
    p.rev("st1", "").table().write();
    TestDb.Sqlite db = new TestDb.Sqlite(tmp.resolve("locked.db"));
    // the lock beside the database file, held the way a running Retort holds it
    Path lockFile = tmp.resolve("locked.db.retort-lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      channel.write(ByteBuffer.wrap("retort pid 4242 on deploy-host since 2026-11-22T00:00:00Z"
          .getBytes(StandardCharsets.UTF_8)), 0);
      RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);
      assertThat(r.exitCode()).as("stderr: %s", r.err()).isEqualTo(1);
      assertThat(r.err()).contains("error[RT-L001]").contains("retort pid 4242 on deploy-host");
      assertThat(db.tables()).isEmpty();
      // said once when the wait starts, not on every poll; -q keeps it quiet
      assertThat(r.err().lines().filter(l -> l.startsWith("waiting for")).toList()).containsExactly(
          "waiting for the migration lock held by retort pid 4242 on deploy-host since 2026-11-22T00:00:00Z"
              + " (up to 1 s, lock_timeout)");
      Cli.Result quiet = p.run(db.env(), "-q", "upgrade", "head");
      assertThat(quiet.exitCode()).isEqualTo(1);
      assertThat(quiet.err()).contains("error[RT-L001]").doesNotContain("waiting for");
    }
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("st1");
  }

  @Test
  void sigtermWhileWaitingForTheLock_stopsPromptlyAndRunsNothing() throws Exception {
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"600s\"");
    p.rev("sw1", "").table().write();
    TestDb.Sqlite db = new TestDb.Sqlite(tmp.resolve("waiting.db"));
    RetortProcess.warmUp(p.dir());
    Path lockFile = tmp.resolve("waiting.db.retort-lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      RetortProcess waiter = RetortProcess.start(p.dir(), db.env(), "upgrade", "head");
      Thread.sleep(1500);
      assertThat(waiter.isAlive()).as("still waiting for the lock").isTrue();
      waiter.terminate();
      // lock_timeout is 600 s: finishing at all shows the stop request reached the wait
      RetortProcess.Result r = waiter.await(HANG_SECONDS);
      assertThat(r.exitCode()).isNotZero();
      assertThat(db.tables()).doesNotContain("t_sw1");
    }
    assertThat(db.rows()).isEmpty();
  }
}
