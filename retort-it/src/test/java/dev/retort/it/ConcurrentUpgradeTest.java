package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migration lock with eight real {@code bin/retort} processes started at once on one database
 * (PostgreSQL's advisory lock, SQLite's file lock, MySQL's GET_LOCK, H2's lease row): each revision
 * is applied exactly once, by one process, the version table ends at the head, and the lock is free.
 */
class ConcurrentUpgradeTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  /** Hang detector for a process: generous, not a timing assertion. */
  private static final long HANG_SECONDS = 180;

  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Kind.class)
  void eightConcurrentUpgradesApplyEachRevisionOnce(Kind kind) throws Exception {
    TestDb db = kind.fresh(PG, tmp, "shared");
    // the database exists before the race, as a deployed one does: eight processes creating one SQLite file at
    // once showed SQLITE_READONLY_DBMOVED once in four runs (a first-creation race, noted on issue 13)
    db.exec("CREATE TABLE pre_existing (id INTEGER)");
    Project p = Project.in(tmp.resolve("project"));
    int n = 30;
    for (int i = 1; i <= n; i++) {
      String id = String.format("lk%02d", i);
      String revises = i == 1 ? "" : String.format("lk%02d", i - 1);
      String log = i == 1 ? "CREATE TABLE applied_log (rev VARCHAR(20) NOT NULL);\n" : "";
      p.rev(id, revises).up(log + "CREATE TABLE t_" + id + " (id INTEGER);\n"
          + "INSERT INTO applied_log (rev) VALUES ('" + id + "');\n"
          + db.sleep(0.05) + ";").down("DROP TABLE t_" + id + ";").write();
    }

    List<RetortProcess> processes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      processes.add(RetortProcess.start(p.dir(), db.env(), "upgrade", "head"));
    }
    List<RetortProcess.Result> results = processes.stream().map(proc -> proc.await(HANG_SECONDS)).toList();

    results.forEach(RetortProcess.Result::succeeded);
    Map<String, Long> logged = new TreeMap<>();
    for (List<Object> row : db.query("SELECT rev, count(*) FROM applied_log GROUP BY rev")) {
      logged.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    assertThat(logged).hasSize(n);
    assertThat(logged.values()).containsOnly(1L);
    assertThat(db.userTables()).hasSize(n + 2); // t_lk01..t_lkNN, applied_log and pre_existing
    assertThat(db.rows()).containsExactly("lk30");
    assertThat(db.history()).allMatch(TestDb.History::success).hasSize(n);
    assertThat(db.history()).extracting(TestDb.History::revision).doesNotHaveDuplicates();
    // every step was run by exactly one process
    long running = results.stream().flatMap(r -> r.err().lines()).filter(l -> l.startsWith("Running upgrade")).count();
    assertThat(running).isEqualTo(n);
    // every process let the lock go (H2's lease row too): the test takes it at once
    try (HeldLock free = db.holdLock("retort_version")) {
      assertThat(free.holder()).isNotEmpty();
    }
  }
}
