package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migration lock held by someone else, on each database's own lock ({@link HeldLock}): a run
 * with a short {@code lock_timeout} says once that it waits, then fails naming the holder and runs
 * nothing; once the lock is given up the run goes ahead; and the lock is per version table where
 * the database's lock is (all but SQLite, whose lock is a file beside the database). Many
 * deploys at once: {@link ConcurrentUpgradeTest}.
 */
class LockTimeoutTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  /** Hang detector for a process: generous, not a timing assertion. */
  private static final long HANG_SECONDS = 120;

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void lockTimeoutNamesTheHolder_andNothingRuns(Kind kind) throws Exception {
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"1s\"");
    p.rev("lt1", "").table().write();
    TestDb db = kind.fresh(PG, tmp, "locked");

    try (HeldLock held = db.holdLock("retort_version")) {
      // a real process
      RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);

      assertThat(r.exitCode()).as("stderr:\n%s", r.err()).isEqualTo(1);
      assertThat(r.err()).contains("error[RT-L001]").contains(held.holder()).contains("lock_timeout");
      assertThat(db.tables()).isEmpty();
      // said once when the wait starts, not on every poll
      assertThat(r.err().lines().filter(l -> l.startsWith("waiting for")).toList()).singleElement().asString()
          .startsWith("waiting for the migration lock held by ").contains(held.holder())
          .endsWith("(up to 1 s, lock_timeout)");

      // in process, and -q keeps the wait quiet
      Cli.Result quiet = p.run(db.env(), "-q", "upgrade", "head");
      assertThat(quiet.exitCode()).as("stderr:\n%s", quiet.err()).isEqualTo(1);
      assertThat(quiet.err()).contains("error[RT-L001]").contains(held.holder()).doesNotContain("waiting for");
      assertThat(db.tables()).isEmpty();
    }
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("lt1");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void lockIsPerVersionTable_whereTheDatabaseHasOneLockPerName(Kind kind) throws Exception {
    // a run on another version table of the same database does not wait for this one's lock
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"1s\"", "version_table = \"other_version\"");
    p.rev("ot1", "").table().write();
    TestDb db = kind.fresh(PG, tmp, "other");
    try (HeldLock held = db.holdLock("retort_version")) {
      if (db.locksPerVersionTable()) {
        p.run(db.env(), "upgrade", "head").succeeded();
      } else {
        assertThat(p.run(db.env(), "upgrade", "head").failedWith("RT-L001").err()).contains(held.holder());
      }
    }
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows("other_version")).containsExactly("ot1");
  }
}
