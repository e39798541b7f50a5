package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import dev.retort.testkit.MariaDbServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On MariaDB and H2, whose DDL commits as it runs, a revision made only of data statements still
 * runs in one transaction: when its second INSERT fails, the first is rolled back, no started
 * record is left to resolve, and the same command runs again once the file is fixed. A revision
 * with DDL keeps the started record (StartedRecordTest in retort-it covers that path).
 */
class DataOnlyRevisionTest {
  @TempDir Path dir;

  private record Db(String url, String jdbcUrl) {}

  private Db database(String kind) throws SQLException {
    if (kind.equals("mariadb")) {
      MariaDbServer server = MariaDbServer.require();
      String name = server.newDatabase();
      return new Db(server.url(name), server.jdbcUrl(name));
    }
    String jdbc = "jdbc:h2:" + dir.resolve("app").toAbsolutePath();
    return new Db(jdbc, jdbc);
  }

  private Path write(String id, String revises, String upgrade) throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    return Files.writeString(versions.resolve(id + "_r.sql"), "-- Revision: " + id + "\n-- Revises: " + revises
        + "\n-- Message: revision " + id + "\n\n-- +upgrade\n" + upgrade + "\n\n-- +downgrade\nSELECT 1;\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"mariadb", "h2"})
  void dataOnlyRevision_rollsBackAsAWhole_andRunsAgainAfterTheFix(String kind) throws IOException, SQLException {
    Db db = database(kind);
    write("aaaa0001", "", "CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20));");
    Path data = write("bbbb0002", "aaaa0001",
        "INSERT INTO items (id, name) VALUES (1, 'one');\nINSERT INTO no_such_table (id) VALUES (2);");
    Retort retort = Retort.configure().workingDirectory(dir).url(db.url()).load();

    RetortException failed = catchThrowableOfType(() -> retort.upgrade("head"), RetortException.class);

    assertThat(failed.code()).isEqualTo(ErrorCode.V004);
    assertThat(failed.render()).contains("rolled back").doesNotContain("retort resolve");
    assertThat(query(db, "SELECT count(*) FROM items")).containsExactly("0");
    assertThat(query(db, "SELECT version_num FROM retort_version")).containsExactly("aaaa0001");
    assertThat(retort.unresolvedError()).isEmpty();

    Files.writeString(data, Files.readString(data).replace("no_such_table (id) VALUES (2)",
        "items (id, name) VALUES (2, 'two')"));
    Retort fixed = Retort.configure().workingDirectory(dir).url(db.url()).load();
    fixed.upgrade("head");

    assertThat(query(db, "SELECT name FROM items ORDER BY id")).containsExactly("one", "two");
    assertThat(query(db, "SELECT version_num FROM retort_version")).containsExactly("bbbb0002");
    assertThat(query(db, "SELECT run_state FROM retort_history WHERE revision = 'bbbb0002' AND success = TRUE"))
        .as("a step in a transaction has no started record").containsExactly((String) null);
  }

  private static List<String> query(Db db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
