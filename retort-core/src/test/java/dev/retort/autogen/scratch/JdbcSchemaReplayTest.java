package dev.retort.autogen.scratch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A statement the scratch copy refuses while a revision is rendered is RT-M015 naming the statement, not a bare exception. */
class JdbcSchemaReplayTest {
  @Test
  void refusedStatement_isM015_namingTheStatementAndTheDatabaseMessage() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      JdbcSchemaReplay replay = new JdbcSchemaReplay(c);
      replay.run("CREATE TABLE t (id INTEGER)");

      assertThatThrownBy(() -> replay.run("ALTER TABLE t ADD COLUMN id INTEGER"))
          .isInstanceOfSatisfying(ScratchStatementException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.M015);
            org.assertj.core.api.Assertions.assertThat(e.details())
                .contains("statement: ALTER TABLE t ADD COLUMN id INTEGER")
                .anyMatch(line -> line.startsWith("database: ") && line.contains("duplicate column name"));
          });
    }
  }
}
