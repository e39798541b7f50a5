package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQL revision written the way MySQL users write it — a backslash-escaped quote in a string,
 * a {@code #} comment and a backtick-quoted name, each holding a semicolon — runs on a real
 * MariaDB as three statements, online and as an offline script.
 */
class MysqlScriptSyntaxTest {
  private static final String UPGRADE = """
      # the log table; one row per event
      CREATE TABLE `event;log` (id INT PRIMARY KEY, note VARCHAR(100));
      INSERT INTO `event;log` (id, note) VALUES (1, 'it\\'s done; really'), (2, "say \\"hi\\"; twice");
      CREATE TABLE after_it (id INT);
      """;

  @TempDir Path dir;

  private Retort project(String url) throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(versions.resolve("aaaa0001_log.sql"), "-- Revision: aaaa0001\n-- Revises:\n-- Message: log\n\n"
        + "-- +upgrade\n" + UPGRADE + "\n-- +downgrade\nDROP TABLE after_it;\nDROP TABLE `event;log`;\n");
    return Retort.configure().workingDirectory(dir).url(url).load();
  }

  @Test
  void mysqlQuotingAndComments_splitAsMysqlReadsThem() throws IOException, SQLException {
    MariaDbServer server = MariaDbServer.require();
    String database = server.newDatabase();
    Retort retort = project(server.url(database));

    retort.upgrade("head");

    try (Connection c = DriverManager.getConnection(server.jdbcUrl(database))) {
      assertThat(column(c, "SELECT note FROM `event;log` ORDER BY id"))
          .containsExactly("it's done; really", "say \"hi\"; twice");
      assertThat(column(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = database()"
          + " AND table_name = 'after_it'")).containsExactly("after_it");
    }

    String script = retort.offlineSql(Direction.UPGRADE, "base:head", false);
    assertThat(script).contains("VALUES (1, 'it\\'s done; really'), (2, \"say \\\"hi\\\"; twice\");")
        .contains("CREATE TABLE after_it (id INT);");
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
