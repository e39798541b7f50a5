package dev.retort.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseStateTest {
  @TempDir Path dir;

  /** A SQLite file whose version table (declared VARCHAR(40)) records revision a1, and one history row. */
  private DatabaseUrl databaseAtA1() throws SQLException {
    Path file = dir.resolve("app.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE retort_version (version_num VARCHAR(40) NOT NULL PRIMARY KEY)");
      s.execute("INSERT INTO retort_version VALUES ('a1')");
    }
    return DatabaseUrl.parse("sqlite:///" + file, dir);
  }

  @Test
  void recorded_readsWhatReadReads_butNotTheVersionColumnsWidth() throws SQLException {
    DatabaseUrl url = databaseAtA1();
    SqliteDialect dialect = new SqliteDialect();

    DatabaseState full = DatabaseState.read(url, dialect, "retort_version");
    DatabaseState recorded = DatabaseState.recorded(url, dialect, "retort_version");

    assertThat(full.width()).as("the declared width, read by read()").hasValue(40);
    assertThat(recorded.width()).isEmpty();
    assertThat(recorded.rows()).isEqualTo(full.rows()).extracting(Object::toString).containsExactly("a1");
    assertThat(recorded.versionTableExists()).isTrue();
    assertThat(recorded.history()).isEqualTo(full.history());
  }

  @Test
  void recorded_sqliteFileThatDoesNotExist_isAnEmptyDatabase_andIsNotCreated() {
    Path file = dir.resolve("missing.db");

    DatabaseState state = DatabaseState.recorded(DatabaseUrl.parse("sqlite:///" + file, dir), new SqliteDialect(),
        "retort_version");

    assertThat(state.rows()).isEmpty();
    assertThat(state.versionTableExists()).isFalse();
    assertThat(file).doesNotExist();
  }
}
