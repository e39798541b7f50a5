package dev.retort.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.graph.RevisionGraph;
import dev.retort.plan.Planner;
import dev.retort.run.RunListener;
import dev.retort.run.RunOptions;
import dev.retort.run.Runner;
import dev.retort.script.ScriptDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner and the lease lock on a real H2 file: a run whose lock row is taken over while a
 * revision runs stops with RT-L003 before it records that revision or runs the next, and a rival
 * that waits three leases while a revision runs never gets the lock, since the heartbeat renews it.
 */
class LeaseLockRunTest {
  @TempDir Path dir;

  private static final String PAUSE = "CREATE ALIAS IF NOT EXISTS test_pause FOR '" + Pause.class.getName() + ".pause';\n";

  private void revision(String id, String revises, String upgrade) throws IOException {
    Path versions = dir.resolve("versions");
    Files.createDirectories(versions);
    Files.writeString(versions.resolve(id + "_step.sql"), "-- Revision: " + id + "\n-- Revises: " + revises
        + "\n-- Message: step " + id + "\n\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\nDROP TABLE t_" + id + ";\n");
  }

  private Runner runner(Duration lease) {
    RevisionGraph graph = new ScriptDirectory(List.of(dir.resolve("versions"))).graph();
    DatabaseUrl url = DatabaseUrl.parse("h2:./db", dir);
    return new Runner(graph, new H2Dialect(lease), url, new RunOptions("retort_version", 255, true, true,
        Duration.ofSeconds(30)), RunListener.silent());
  }

  @Test
  void aRunWhoseLeaseIsTakenOver_stopsBeforeRecordingTheRevision() throws Exception {
    // the revision hands the lock row to an intruder, then lasts many heartbeats (one every 100 ms)
    revision("r1", "", "CREATE TABLE t_r1 (id INTEGER);\nUPDATE retort_lock SET owner = 'intruder';\n" + PAUSE
        + "SELECT test_pause(1500);");
    revision("r2", "r1", "CREATE TABLE t_r2 (id INTEGER);");
    RevisionGraph graph = new ScriptDirectory(List.of(dir.resolve("versions"))).graph();

    RetortException lost = catchThrowableOfType(
        () -> runner(Duration.ofMillis(300)).run(rows -> new Planner(graph).upgrade(rows, "heads")),
        RetortException.class);

    assertThat(lost).as("the run must stop").isNotNull();
    assertThat(lost.code()).isEqualTo(ErrorCode.L003);
    assertThat(lost.summary()).contains("the migration lock was lost").contains("took it over");
    assertThat(lost.details()).endsWith("what r1 did stays applied, unrecorded; the version table is at <base>");
    assertThat(strings("SELECT version_num FROM retort_version")).isEmpty();
    assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'T_R%'"))
        .containsExactly("T_R1");
    assertThat(strings("SELECT owner FROM retort_lock")).as("the intruder's row is left alone").containsExactly("intruder");
  }

  @Test
  void aRivalWaitingThreeLeasesWhileARevisionRuns_neverGetsTheLock_andTheRunCompletes() throws Exception {
    String url = "jdbc:h2:" + dir.resolve("db");
    revision("r1", "", "CREATE TABLE t_r1 (got INTEGER);\nCREATE ALIAS IF NOT EXISTS test_rival FOR '"
        + Rival.class.getName() + ".rival';\nINSERT INTO t_r1 (got) SELECT test_rival('" + url + "', 300);");
    revision("r2", "r1", "CREATE TABLE t_r2 (id INTEGER);");
    RevisionGraph graph = new ScriptDirectory(List.of(dir.resolve("versions"))).graph();

    runner(Duration.ofMillis(300)).run(rows -> new Planner(graph).upgrade(rows, "heads"));

    assertThat(strings("SELECT CAST(got AS VARCHAR) FROM t_r1")).as("the rival timed out").containsExactly("0");
    assertThat(strings("SELECT version_num FROM retort_version")).containsExactly("r2");
    assertThat(strings("SELECT owner FROM retort_lock")).as("released").isEmpty();
  }

  private List<String> strings(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:h2:" + dir.resolve("db"));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
