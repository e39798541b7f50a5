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
 * The MySQL/MariaDB migration lock ({@code GET_LOCK('retort:<database>.<version table>')}): per
 * version table and per database on one server. A held lock: {@link LockTimeoutTest}; many deploys
 * at once: {@link ConcurrentUpgradeTest}.
 */
class MariaDbLockTest {
  @TempDir Path tmp;

  private static long lockAndGetId(Connection c, String name) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT GET_LOCK('" + name + "', 0),"
        + " connection_id()")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the test took %s", name).isEqualTo(1);
      return rs.getLong(2);
    }
  }

  /** MySQL only: GET_LOCK names are server-wide, so the lock's name carries the database's. */
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
