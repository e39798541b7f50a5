package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration lock on PostgreSQL with real {@code bin/retort} processes: waiters do not block a
 * {@code CREATE INDEX CONCURRENTLY} in the holder (PostgreSQL only: CONCURRENTLY is its own). A held
 * lock: {@link LockTimeoutTest}; many deploys at once: {@link ConcurrentUpgradeTest}.
 */
class PostgresLockTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  /** Hang detector for a process: generous, not a timing assertion. */
  private static final long HANG_SECONDS = 120;

  @TempDir Path tmp;

  @Test
  void waitersDoNotBlockCreateIndexConcurrentlyInTheHolder() throws Exception {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("cic1", "").message("big table").up("""
        CREATE TABLE big (id INTEGER NOT NULL, v TEXT NOT NULL);
        INSERT INTO big (id, v) SELECT g, md5(g::text) FROM generate_series(1, 20000) AS g;
        """).down("DROP TABLE big;").write();
    // the test holds advisory lock 4242 until the waiters are there: a gate, then a short sleep
    p.rev("cic2", "cic1").message("index concurrently").nonTransactional().up("""
        SELECT pg_advisory_lock(4242);
        SELECT pg_advisory_unlock(4242);
        SELECT pg_sleep(0.5);
        CREATE INDEX CONCURRENTLY big_v ON big (v);
        """).down("DROP INDEX CONCURRENTLY big_v;").write();
    p.rev("cic3", "cic2").message("after").up("CREATE TABLE after_index (id INTEGER);").down("DROP TABLE after_index;")
        .write();
    TestDb.Pg db = PG.newDatabase();

    try (Connection gate = db.connect()) {
      exec(gate, "SELECT pg_advisory_lock(4242)");
      RetortProcess holder = RetortProcess.start(p.dir(), db.env(), "upgrade", "head");
      awaitCondition("the first process to wait at the gate inside cic2", holder,
          () -> db.count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 4242 AND NOT granted") == 1);
      List<RetortProcess> waiters = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        waiters.add(RetortProcess.start(p.dir(), db.env(), "upgrade", "head"));
      }
      awaitCondition("three waiters connected", holder,
          () -> db.count("SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'retort pid %'") >= 4);
      exec(gate, "SELECT pg_advisory_unlock(4242)");

      holder.await(HANG_SECONDS).succeeded();
      for (RetortProcess waiter : waiters) {
        RetortProcess.Result r = waiter.await(HANG_SECONDS).succeeded();
        assertThat(r.err()).doesNotContain("Running upgrade");
      }
    }
    assertThat(db.count("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname = 'big_v' AND i.indisvalid")).isEqualTo(1);
    assertThat(db.rows()).containsExactly("cic3");
    assertThat(db.history()).extracting(h -> h.revision() + " " + h.success())
        .containsExactly("cic1 true", "cic2 true", "cic3 true");
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** Polls until the condition holds; fails (a hang) after the bound or when the process died. */
  private static void awaitCondition(String what, RetortProcess process, BooleanSupplier condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(HANG_SECONDS));
    while (!condition.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new AssertionError("process ended before " + what + ": " + process.stderr());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("waited " + HANG_SECONDS + " s for " + what);
      }
      Thread.sleep(50);
    }
  }
}
