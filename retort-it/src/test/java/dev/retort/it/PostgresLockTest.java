package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
 * {@code CREATE INDEX CONCURRENTLY} in the holder; a held lock makes a run with a short {@code
 * lock_timeout} fail naming the holder. Many deploys at once: {@link ConcurrentUpgradeTest}.
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

  @Test
  void lockTimeoutNamesTheHolder() throws Exception {
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"1s\"");
    p.rev("lt1", "").table().write();
    TestDb.Pg db = PG.newDatabase();

    try (Connection holder = db.connect()) {
      long key = lockKey("retort_version");
      exec(holder, "SELECT pg_advisory_lock(" + key + ")");
      int pid = backendPid(holder);

      Cli.Result r = p.run(db.env(), "upgrade", "head");

      assertThat(r.exitCode()).as("stderr:\n%s", r.err()).isEqualTo(1);
      assertThat(r.err()).contains("error[RT-L001]").contains("pid " + pid + " ").contains("lock_timeout");
      assertThat(db.tables()).isEmpty();
      // said once when the wait starts, not on every poll; -q keeps it quiet
      assertThat(r.errLines()).filteredOn(l -> l.startsWith("waiting for the migration lock"))
          .singleElement().asString().startsWith("waiting for the migration lock held by PostgreSQL backend pid " + pid + " ")
          .endsWith("(up to 1 s, lock_timeout)");
      Cli.Result quiet = p.run(db.env(), "-q", "upgrade", "head");
      assertThat(quiet.exitCode()).isEqualTo(1);
      assertThat(quiet.err()).contains("error[RT-L001]").doesNotContain("waiting for");

      // a real process says the same
      RetortProcess.Result proc = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);
      assertThat(proc.exitCode()).isEqualTo(1);
      assertThat(proc.err()).contains("error[RT-L001]").contains("pid " + pid + " ");

      exec(holder, "SELECT pg_advisory_unlock(" + key + ")");
    }
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("lt1");
  }

  @Test
  void lockIsPerVersionTable() throws Exception {
    // a run on another version table of the same database does not wait for this one's lock
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"1s\"", "version_table = \"other_version\"");
    p.rev("ot1", "").table().write();
    TestDb.Pg db = PG.newDatabase();
    try (Connection holder = db.connect()) {
      exec(holder, "SELECT pg_advisory_lock(" + lockKey("retort_version") + ")");
      p.run(db.env(), "upgrade", "head").succeeded();
    }
    assertThat(db.rows("other_version")).containsExactly("ot1");
  }

  /** FNV-1a 64 of "retort:" + table: the advisory lock key DESIGN.md's lock uses. */
  private static long lockKey(String table) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : ("retort:" + table).getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static int backendPid(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
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
