package dev.retort.api;

import static dev.retort.api.ApiProject.ORDERS;
import static dev.retort.api.ApiProject.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.RetortException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The public API on embedded PostgreSQL, whose role {@code app} must give its password over TCP
 * (pg_hba.conf asks for scram-sha-256): a URL with the user and password apart, and an
 * application's DataSource.
 */
class RetortApiPostgresTest {
  private static final String PASSWORD = "s3cret-pw";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  @TempDir Path dir;
  String name;

  @BeforeAll
  static void start(@TempDir Path data) throws IOException, SQLException {
    server = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "off")
        .setDataDirectory(data.resolve("pg"))
        .start();
    // the superuser keeps trust (the fixture's own connections); everyone else needs a password
    Files.writeString(data.resolve("pg/pg_hba.conf"), String.join("\n",
        "local all all trust",
        "host all postgres 127.0.0.1/32 trust",
        "host all postgres ::1/128 trust",
        "host all all 127.0.0.1/32 scram-sha-256",
        "host all all ::1/128 scram-sha-256", ""));
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("SET password_encryption = 'scram-sha-256'");
      st.execute("CREATE ROLE app LOGIN PASSWORD '" + PASSWORD + "'");
      st.execute("SELECT pg_reload_conf()");
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @BeforeEach
  void database() throws SQLException {
    ApiProject.twoRevisions(dir.resolve("migrations/versions"));
    name = "api_" + DATABASES.incrementAndGet();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name + " OWNER app");
    }
  }

  @Test
  void userAndPasswordApartFromTheUrl_connect_andThePasswordIsNeverShown() throws SQLException {
    Retort retort = Retort.configure().workingDirectory(dir)
        .url("postgresql://localhost:" + server.getPort() + "/" + name)
        .user("app")
        .password(PASSWORD)
        .load();

    MigrationResult result = retort.upgrade("heads");

    assertThat(result.applied()).extracting(a -> a.step().revisionId().orElseThrow()).containsExactly(USERS, ORDERS);
    assertThat(query("SELECT version_num FROM retort_version")).containsExactly(ORDERS);
    assertThat(query("SELECT tableowner FROM pg_tables WHERE tablename = 'orders'")).containsExactly("app");
    assertThat(retort.settings().url()).doesNotContain(PASSWORD);
    assertThat(retort.settings().toString()).doesNotContain(PASSWORD);
  }

  @Test
  void wrongPassword_failsWithOneMessage_thatShowsNeitherPassword() {
    Retort retort = Retort.configure().workingDirectory(dir)
        .url("postgresql://app:wrong-" + PASSWORD + "@localhost:" + server.getPort() + "/" + name)
        .load();

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.render()).contains("password authentication failed").doesNotContain(PASSWORD);
    assertThat(retort.settings().url()).contains("app:***@").doesNotContain(PASSWORD);
  }

  @Test
  void dataSource_ofTheApplication_isMigrated_andItsPasswordIsNeverShown() throws SQLException {
    PGSimpleDataSource pool = new PGSimpleDataSource();
    pool.setServerNames(new String[] {"localhost"});
    pool.setPortNumbers(new int[] {server.getPort()});
    pool.setDatabaseName(name);
    pool.setUser("app");
    pool.setPassword(PASSWORD);

    Retort retort = Retort.configure().workingDirectory(dir).dataSource(pool).load();
    retort.upgrade("heads");
    retort.downgrade("-1");

    assertThat(query("SELECT version_num FROM retort_version")).containsExactly(USERS);
    assertThat(retort.status()).extracting(RevisionStatus::state)
        .containsExactly(RevisionState.APPLIED, RevisionState.PENDING);
    assertThat(retort.settings().url()).startsWith("jdbc:postgresql://localhost:").doesNotContain(PASSWORD);
  }

  @Test
  void embeddedServersDataSource_isMigrated() throws SQLException {
    DataSource pool = server.getDatabase("postgres", name);

    Retort.configure().workingDirectory(dir).dataSource(pool).load().upgrade("heads");

    assertThat(query("SELECT version_num FROM retort_version")).containsExactly(ORDERS);
  }

  private List<String> query(String sql) throws SQLException {
    try (Connection c = server.getDatabase("postgres", name).getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}
