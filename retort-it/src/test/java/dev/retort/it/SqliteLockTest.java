package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite file lock with real {@code bin/retort} processes: a stop request ends the wait. A held
 * lock: {@link LockTimeoutTest}; many deploys at once: {@link ConcurrentUpgradeTest}.
 */
class SqliteLockTest {
  private static final long HANG_SECONDS = 120;

  @TempDir Path tmp;

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
