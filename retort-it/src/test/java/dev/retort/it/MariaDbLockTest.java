package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MySQL/MariaDB migration lock ({@code GET_LOCK('retort:<database>.<version table>')}) with
 * real runs: a held lock makes a run with a short {@code lock_timeout} fail naming the holder's
 * connection, after saying once that it waits; the lock is per version table. Many deploys at
 * once: {@link ConcurrentUpgradeTest}.
 */
class MariaDbLockTest {
  private static final long HANG_SECONDS = 120;

  @TempDir Path tmp;

  private static long lockAndGetId(Connection c, String name) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT GET_LOCK('" + name + "', 0),"
        + " connection_id()")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the test took %s", name).isEqualTo(1);
      return rs.getLong(2);
    }
  }

  @Test
  void lockTimeoutNamesTheHolder() throws Exception {
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"1s\"");
    p.rev("lt1", "").table().write();
    MariaDbTestDb db = MariaDbTestDb.fresh();

    try (Connection holder = db.connect()) {
      long id = lockAndGetId(holder, "retort:" + db.name() + ".retort_version");

      Cli.Result r = p.run(db.env(), "upgrade", "head");

      assertThat(r.exitCode()).as("stderr:\n%s", r.err()).isEqualTo(1);
      assertThat(r.err()).contains("error[RT-L001]").contains("connection id " + id + " ").contains("lock_timeout");
      assertThat(db.tables()).isEmpty();
      assertThat(r.errLines()).filteredOn(l -> l.startsWith("waiting for the migration lock"))
          .singleElement().asString().startsWith("waiting for the migration lock held by connection id " + id + " (root@")
          .contains("database " + db.name()).endsWith("(up to 1 s, lock_timeout)");
      Cli.Result quiet = p.run(db.env(), "-q", "upgrade", "head");
      assertThat(quiet.exitCode()).isEqualTo(1);
      assertThat(quiet.err()).contains("error[RT-L001]").doesNotContain("waiting for");

      // a real process says the same
      RetortProcess.Result proc = RetortProcess.start(p.dir(), db.env(), "upgrade", "head").await(HANG_SECONDS);
      assertThat(proc.exitCode()).isEqualTo(1);
      assertThat(proc.err()).contains("error[RT-L001]").contains("connection id " + id + " ");
    }
    // closing the holder's session released it
    p.run(db.env(), "upgrade", "head").succeeded();
    assertThat(db.rows()).containsExactly("lt1");
  }

  @Test
  void lockIsPerVersionTableAndPerDatabase() throws Exception {
    Project p = Project.in(tmp.resolve("project"), "lock_timeout = \"1s\"", "version_table = \"other_version\"");
    p.rev("ot1", "").table().write();
    MariaDbTestDb db = MariaDbTestDb.fresh();
    MariaDbTestDb elsewhere = MariaDbTestDb.fresh();
    try (Connection holder = db.connect()) {
      lockAndGetId(holder, "retort:" + db.name() + ".retort_version");
      lockAndGetId(holder, "retort:" + elsewhere.name() + ".other_version");
      p.run(db.env(), "upgrade", "head").succeeded();
      p.run(elsewhere.env(), "upgrade", "head").failedWith("RT-L001");
    }
    assertThat(db.rows("other_version")).containsExactly("ot1");
    assertThat(elsewhere.tables()).isEmpty();
  }
}
