package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lease lock on H2 with real {@code bin/retort} processes sharing one file database: a holder
 * killed mid-revision (SIGKILL) keeps the lock for its whole lease and no longer, and the run that
 * takes over finishes with the version table right. A held lock: {@link LockTimeoutTest}; many
 * deploys at once: {@link ConcurrentUpgradeTest}.
 */
class H2LockTest {
  /** Hang detector for a process: generous, not a timing assertion. */
  private static final long HANG_SECONDS = 180;
  /** The lease of the command line's H2 dialect. */
  private static final long LEASE_MILLIS = 30_000;

  @TempDir Path tmp;

  @Test
  void aHolderKilledMidRevision_isTakenOverAfterItsLease_neverBefore() throws Exception {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("kl1", "").table().write();
    // kl2 waits at a gate: a row the test keeps locked until the holder is dead
    p.rev("kl2", "kl1").up("SET LOCK_TIMEOUT 600000;\nUPDATE gate SET opened = TRUE WHERE id = 1;\n"
        + "CREATE TABLE t_kl2 (id INTEGER);").down("DROP TABLE t_kl2;").write();
    p.rev("kl3", "kl2").table().write();
    try (H2TestDb db = H2TestDb.served(tmp.resolve("killed"))) {
      killHolderAndTakeOver(p, db);
    }
  }

  private void killHolderAndTakeOver(Project p, H2TestDb db) throws Exception {
    db.exec("CREATE TABLE gate (id INTEGER PRIMARY KEY, opened BOOLEAN)", "INSERT INTO gate VALUES (1, FALSE)");
    RetortProcess.warmUp(p.dir());

    long killed;
    long holderPid;
    try (Connection gate = db.connect(); Statement st = gate.createStatement()) {
      gate.setAutoCommit(false);
      st.execute("UPDATE gate SET opened = FALSE WHERE id = 1");
      RetortProcess holder = RetortProcess.start(p.dir(), db.env(), "upgrade", "head");
      awaitCondition("the holder waiting at the gate inside kl2", holder, () -> db.count(
          "SELECT count(*) FROM information_schema.sessions WHERE executing_statement LIKE 'UPDATE gate%'") == 1);
      assertThat(db.rows()).containsExactly("kl1");
      holderPid = holder.javaPid();

      holder.kill();
      assertThat(holder.process().waitFor(HANG_SECONDS, TimeUnit.SECONDS)).isTrue();
      killed = System.nanoTime();
      gate.rollback();
    }
    assertThat(db.query("SELECT owner FROM retort_lock")).as("the dead holder's row stays")
        .singleElement().asString().contains("retort pid " + holderPid + " ");

    RetortProcess.Result next = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);

    assertThat(waitedMillis).as("a silent holder keeps the lock for its whole lease").isGreaterThanOrEqualTo(LEASE_MILLIS);
    assertThat(next.err().lines().filter(l -> l.startsWith("waiting for the migration lock")).toList())
        .singleElement().asString().startsWith("waiting for the migration lock held by retort pid " + holderPid + " ");
    // H2 commits as it goes, so the dead holder's half-run kl2 is never silently continued: the taker refuses
    assertThat(next.exitCode()).as("stderr:\n%s", next.err()).isEqualTo(1);
    assertThat(next.err()).contains("error[RT-V040]", "kl2", "ran:      statement 1 of 3",
        "running:  statement 2 of 3 when the process stopped").doesNotContain("Running upgrade");
    assertThat(db.rows()).containsExactly("kl1");

    // statement 1 only set the session's lock timeout: nothing to undo, so the user says it rolled back
    RetortProcess.start(p.dir(), db.env(), "resolve", "kl2", "--rolled-back").await(HANG_SECONDS).succeeded();
    RetortProcess.Result rerun = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS).succeeded();
    assertThat(rerun.err().lines().filter(l -> l.startsWith("Running upgrade")).map(l -> l.replaceAll(" \\(\\d+ ms\\)$", ""))
        .toList())
        .containsExactly("Running upgrade kl1 -> kl2, revision kl2", "Running upgrade kl2 -> kl3, revision kl3");
    assertThat(db.rows()).containsExactly("kl3");
    assertThat(db.userTables()).contains("t_kl1", "t_kl2", "t_kl3");
    assertThat(db.history()).extracting(h -> h.revision() + " " + h.success())
        .startsWith("kl1 true").endsWith("kl2 true", "kl3 true");
    assertThat(db.query("SELECT owner FROM retort_lock")).as("released").isEmpty();
  }

  private static void awaitCondition(String what, RetortProcess process, java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < HANG_SECONDS * 20; i++) {
      if (condition.getAsBoolean()) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("the process ended before " + what + "; stderr:\n" + process.stderr());
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out waiting for " + what + "; stderr:\n" + process.stderr());
  }
}
