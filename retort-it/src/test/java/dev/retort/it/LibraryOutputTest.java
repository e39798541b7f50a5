package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code bin/retort} process prints no library output: a bad PostgreSQL port gives
 * Retort's one error message and not pgjdbc's java.util.logging warning (which -v shows); a
 * SQLite run prints nothing but its own lines.
 */
class LibraryOutputTest {
  private static final long HANG_SECONDS = 120;

  @TempDir Path tmp;

  @Test
  void badPostgresPort_stderrHoldsOnlyRetortsError() {
    Project p = Project.in(tmp.resolve("project"));
    Map<String, String> env = Map.of("RETORT_URL", "jdbc:postgresql://localhost:99999/nowhere");

    RetortProcess.Result r = RetortProcess.start(p.dir(), env, "current").await(HANG_SECONDS);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).as("stderr:\n%s", r.err()).hasSize(2)
        .satisfies(lines -> assertThat(lines.get(0)).startsWith("error[RT-D002]: "))
        .satisfies(lines -> assertThat(lines.get(1)).startsWith("fix: "));

    RetortProcess.Result verbose = RetortProcess.start(p.dir(), env, "-v", "current").await(HANG_SECONDS);
    assertThat(verbose.err()).contains("log WARNING org.postgresql.").contains("99999 not valid");
  }

  @Test
  void sqliteRun_printsOnlyItsOwnLines() {
    Project p = Project.in(tmp.resolve("project"));
    p.rev("lo1", "").table().write();
    TestDb.Sqlite db = new TestDb.Sqlite(tmp.resolve("quiet.db"));

    RetortProcess.Result r = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS).succeeded();

    assertThat(r.err().lines().toList()).singleElement().asString().startsWith("Running upgrade  -> lo1, ");
    assertThat(db.rows()).containsExactly("lo1");
  }
}
