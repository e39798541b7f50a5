package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision that creates more tables in one transaction than PostgreSQL's lock table holds (a
 * squash of a long history, typically) fails with a fix that names the server setting, not the
 * statement, which is fine.
 */
class LockTableFullPostgresTest {
  @TempDir Path dir;

  @Test
  void aRevisionBeyondTheLockTable_saysToRaiseMaxLocksOrSplitIt_andLeavesNothing() throws Exception {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    StringBuilder text = new StringBuilder("-- Revision: 5eed00000001\n-- Revises:\n-- Message: many tables\n\n-- +upgrade\n");
    for (int n = 1; n <= 1500; n++) {
      text.append("CREATE TABLE t_").append(n).append(" (id INTEGER);\n");
    }
    Files.writeString(versions.resolve("5eed00000001_many_tables.sql"), text);
    try (EmbeddedPostgres server = EmbeddedPostgres.builder()
        .setServerConfig("max_locks_per_transaction", "10")
        .setServerConfig("max_connections", "10")
        .setServerConfig("fsync", "off")
        .start()) {
      Retort retort = Retort.configure().workingDirectory(dir)
          .url("jdbc:postgresql://localhost:" + server.getPort() + "/postgres").user("postgres").password("postgres")
          .load();
      RetortException e = catchThrowableOfType(() -> retort.upgrade("head"), RetortException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.V004);
      assertThat(e.getMessage()).contains("max_locks_per_transaction");
      assertThat(e.hint()).startsWith("this revision changes more tables in one transaction than the server has locks"
          + " for: raise max_locks_per_transaction").contains("or split the revision");
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename LIKE 't\\_%'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }
}
