package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIGTERM to a running {@code bin/retort upgrade head} on PostgreSQL: the process stops after the
 * step in progress, and the version row matches the schema exactly; a rerun finishes. Run both
 * with the launcher's class-data archive in place (it execs Java) and on the first run after a
 * build (it runs Java as a child while it writes the archive).
 */
class InterruptTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  private static final long HANG_SECONDS = 120;
  private static final int N = 20;

  @TempDir Path tmp;

  private static String id(int i) {
    return String.format("ir%02d", i);
  }

  // PostgreSQL only: each step must last a while (pg_sleep) for the signal to land mid-run; SQLite and H2 cannot sleep
  @ParameterizedTest(name = "archive present: {0}")
  @ValueSource(booleans = {true, false})
  void sigtermStopsAfterTheStepInProgressAndTheRowMatchesTheSchema(boolean archivePresent) throws Exception {
    Project p = Project.in(tmp.resolve("project"));
    for (int i = 1; i <= N; i++) {
      p.rev(id(i), i == 1 ? "" : id(i - 1)).up("CREATE TABLE t_" + id(i) + " (id INTEGER);\nSELECT pg_sleep(0.3);")
          .down("DROP TABLE t_" + id(i) + ";").write();
    }
    TestDb.Pg db = PG.newDatabase();
    Path archive = RetortProcess.HOME.resolve("retort-cli/target/retort.jsa");
    RetortProcess.warmUp(tmp);
    if (!archivePresent) {
      // older than the jar: the launcher rewrites it on this run, with Java as its child
      Files.setLastModifiedTime(archive, FileTime.from(Instant.EPOCH));
    }

    RetortProcess proc = RetortProcess.start(p.dir(), db.env(), "upgrade", "head");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(HANG_SECONDS));
    while (db.history().isEmpty()) {
      assertThat(proc.isAlive()).as("still running; stderr: %s", proc.stderr()).isTrue();
      assertThat(Instant.now()).as("first step done (hang detector)").isBefore(deadline);
      Thread.sleep(20);
    }
    List<ProcessHandle> children = proc.process().descendants().toList();
    proc.terminate();
    RetortProcess.Result r = proc.await(HANG_SECONDS);
    for (ProcessHandle child : children) {
      // nothing keeps migrating after the process the user signalled has gone
      child.onExit().get(HANG_SECONDS, TimeUnit.SECONDS);
    }

    assertThat(r.err()).contains("stopped on request");
    List<String> rows = db.rows();
    assertThat(rows).hasSizeLessThanOrEqualTo(1);
    Set<String> applied = new TreeSet<>();
    for (String table : db.userTables()) {
      applied.add(table.substring(2));
    }
    // the row's ancestors-or-self are exactly the revisions whose table exists
    int at = rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0).substring(2));
    Set<String> expected = new TreeSet<>();
    for (int i = 1; i <= at; i++) {
      expected.add(id(i));
    }
    assertThat(applied).as("tables vs version row %s", rows).isEqualTo(expected);
    assertThat(at).as("stopped before the end").isBetween(1, N - 1);
    assertThat(db.history()).allMatch(TestDb.History::success).hasSize(at);

    RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS).succeeded();
    assertThat(db.rows()).containsExactly(id(N));
    assertThat(db.userTables()).hasSize(N);
    if (!archivePresent) {
      assertThat(Files.getLastModifiedTime(archive).toInstant()).isAfter(Instant.EPOCH);
    }
  }
}
