package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.Project;
import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.testkit.MariaDbServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lint --url} on a real MariaDB, through both drivers ({@code mariadb://} is MariaDB
 * Connector/J, {@code mysql://} MySQL Connector/J): the database rules read the version table,
 * the history and the version column's width there, the columns read are the project database's
 * own (not the server's other databases'), and the SQL rules are MySQL's.
 */
class MariaDbLintDatabaseTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"mariadb", "mysql"})
  void databaseRules_readTheVersionTableHistoryAndWidth(String scheme) throws IOException, SQLException {
    MariaDbServer server = MariaDbServer.require();
    String database = server.newDatabase();
    writeProject(scheme + "://root@" + server.host() + ":" + server.port() + "/" + database);
    MysqlDialect dialect = new MysqlDialect();
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(database)); Statement st = c.createStatement()) {
      st.execute(dialect.createVersionTable("retort_version", 8));
      st.execute(dialect.createHistoryTable("retort_history"));
      st.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY, note VARCHAR(20))");
      st.execute("INSERT INTO retort_version (version_num) VALUES ('cccc0003')");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO retort_history (revision, direction, checksum,"
          + " started_at, duration_ms, applied_by, success) VALUES (?, 'upgrade', ?, '2026-01-01T00:00:00Z', 1, 't', 1)")) {
        ps.setString(1, "aaaa00000001");
        ps.setString(2, "0".repeat(64));
        ps.executeUpdate();
      }
    }
    RetortConfig config = new ConfigLoader(Map.of(), dir).load(Optional.of(dir.resolve("retort.toml")), Map.of());
    Project project = Project.open(config);
    LintDatabase live = project.lintDatabase();

    assertThat(live.rows()).containsExactly("cccc0003");
    assertThat(live.versionColumnWidth()).hasValue(8);
    assertThat(live.columnTypes()).containsEntry("orders.note", "varchar")
        .doesNotContainKey("user.host").doesNotContainKey("tables.table_name");

    List<Finding> findings = project.lint(Optional.of(live), Set.of());
    assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder(
        "RT301", // cccc0003 is recorded and has no script
        "RT302", // aaaa00000001 was edited since it was applied
        "RT303", // ids of 12 characters, a column of 8
        "RT211"); // and the SQL rules are MySQL's: no RT202 for the index
    Finding edited = findings.stream().filter(f -> f.code().equals("RT302")).findFirst().orElseThrow();
    assertThat(edited.location().file().getFileName()).hasToString("aaaa00000001_orders.sql");
    Finding index = findings.stream().filter(f -> f.code().equals("RT211")).findFirst().orElseThrow();
    assertThat(index.location().file().getFileName()).hasToString("bbbb00000002_index.sql");
    assertThat(index.location().line()).isEqualTo(6);
  }

  private void writeProject(String url) throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    Files.writeString(dir.resolve("retort.toml"), "script_location = \"migrations\"\nurl = \"" + url + "\"\n");
    Files.writeString(versions.resolve("aaaa00000001_orders.sql"), """
        -- Revision: aaaa00000001
        -- Revises:
        -- Message: orders

        -- +upgrade
        CREATE TABLE orders (id BIGINT PRIMARY KEY, note VARCHAR(20));

        -- +downgrade
        DROP TABLE orders;
        """);
    Files.writeString(versions.resolve("bbbb00000002_index.sql"), """
        -- Revision: bbbb00000002
        -- Revises: aaaa00000001
        -- Message: index

        -- +upgrade
        CREATE INDEX ix_orders_note ON orders (note) ALGORITHM=INPLACE;

        -- +downgrade
        DROP INDEX ix_orders_note ON orders;
        """);
  }
}
