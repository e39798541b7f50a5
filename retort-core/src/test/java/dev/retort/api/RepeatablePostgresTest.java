package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeatable revisions, placeholders and callbacks on embedded PostgreSQL (transactional DDL: a failure is rolled
 * back).
 */
class RepeatablePostgresTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  @TempDir Path dir;
  String name;

  @BeforeAll
  static void start(@TempDir Path data) throws IOException {
    server = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setDataDirectory(data.resolve("pg")).start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @BeforeEach
  void database() throws SQLException {
    name = "rep" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    ApiProject.twoRevisions(dir.resolve("migrations/versions"));
  }

  @Test
  void aFunction_isReappliedExactlyWhenItsFileChanges_withPlaceholdersReplaced() throws Exception {
    write("order_count", "CREATE OR REPLACE FUNCTION order_count() RETURNS bigint LANGUAGE sql AS $$\n"
        + "  SELECT count(*) + ${offset} FROM orders\n$$;\n");
    Retort retort = retort("100");

    assertThat(retort.upgrade("heads").repeatablesApplied()).containsExactly("order_count");
    assertThat(query("SELECT order_count()")).isEqualTo("100");
    assertThat(retort.upgrade("heads").repeatablesApplied()).isEmpty();
    assertThat(retort("5").upgrade("heads").repeatablesApplied()).as("a new value is no change to the file").isEmpty();

    write("order_count", "CREATE OR REPLACE FUNCTION order_count() RETURNS bigint LANGUAGE sql AS $$\n"
        + "  SELECT count(*) + ${offset} + 1 FROM orders\n$$;\n");
    assertThat(retort.repeatables()).extracting(RepeatableStatus::state).containsExactly(RepeatableState.OUTDATED);
    assertThat(retort.upgrade("heads").repeatablesApplied()).containsExactly("order_count");
    assertThat(query("SELECT order_count()")).isEqualTo("101");
  }

  @Test
  void aFailingRepeatable_isRolledBack_andTheOnesBeforeItStayRecorded() throws Exception {
    write("a_view", "CREATE OR REPLACE VIEW a_view AS SELECT id FROM users;\n");
    write("b_view", "CREATE OR REPLACE VIEW b_view AS SELECT id FROM users;\nSELECT missing_column FROM users;\n");
    Retort retort = retort("0");

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.V010);
    assertThat(error.location().orElseThrow().file()).isEqualTo(dir.resolve("migrations/repeatable/b_view.sql"));
    assertThat(error.location().orElseThrow().line()).isEqualTo(2);
    assertThat(query("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.views"
        + " WHERE table_schema = 'public'")).isEqualTo("a_view");
    assertThat(retort.repeatables()).extracting(RepeatableStatus::state)
        .containsExactly(RepeatableState.APPLIED, RepeatableState.PENDING);
  }

  @Test
  void aFailingAfterEachCallback_rollsBackItsRevisionAndWhatTheCallbacksWrote_onlyForThatRevision() throws Exception {
    callback("after-each.sql", "CREATE TABLE IF NOT EXISTS cb_log (event text);\n"
        + "INSERT INTO cb_log SELECT 'each' FROM users;\n"
        + "INSERT INTO cb_log SELECT 'orders seen' FROM orders WHERE ${offset} > 0;\n");
    Retort retort = retort("1");

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    // users: the third statement fails (no orders table yet), so users is rolled back with the callback's rows
    assertThat(error.code()).isEqualTo(ErrorCode.V030);
    assertThat(error.location().orElseThrow().line()).isEqualTo(3);
    assertThat(error.details()).anySatisfy(d -> assertThat(d).contains("WHERE 1 > 0"));
    assertThat(query("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        + " AND table_name IN ('users', 'orders', 'cb_log')")).isEqualTo("0");
    assertThat(retort.current()).isEmpty();

    callback("after-each.sql", "CREATE TABLE IF NOT EXISTS cb_log (event text);\nINSERT INTO cb_log VALUES ('each');\n");
    retort.upgrade("heads");
    assertThat(query("SELECT count(*) FROM cb_log")).isEqualTo("2");
  }

  @Test
  void aFailingAfterUpgradeCallback_isRolledBack_whileTheRevisionsStayRecorded() throws Exception {
    callback("after-upgrade.sql", "CREATE TABLE grants_done (id int);\nGRANT SELECT ON users TO no_such_role;\n");
    Retort retort = retort("0");

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.V030);
    assertThat(error.summary()).contains("no_such_role");
    assertThat(retort.current()).extracting(RevisionInfo::id).containsExactly(ApiProject.ORDERS);
    assertThat(query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'grants_done'"))
        .as("the callback's own transaction was rolled back").isEqualTo("0");
  }

  private void callback(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve("migrations/callbacks"));
    Files.writeString(dir.resolve("migrations/callbacks/" + file), text);
  }

  private Retort retort(String offset) {
    return Retort.configure().workingDirectory(dir)
        .url("postgresql://postgres@localhost:" + server.getPort() + "/" + name)
        .placeholderReplacement(true)
        .placeholders(Map.of("offset", offset))
        .load();
  }

  private String query(String sql) throws SQLException {
    try (Connection c = server.getDatabase("postgres", name).getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve("migrations/repeatable"));
    Files.writeString(dir.resolve("migrations/repeatable/" + file + ".sql"), text);
  }
}
