package dev.retort.autogen.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.error.ErrorCode;
import dev.retort.run.Connector;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresScratchTest {
  @RegisterExtension static final ScratchPg PG = new ScratchPg();

  private static ScratchServer open(String url, String devUrl) {
    return ScratchServers.open(ScratchConfigs.of(url, devUrl), new PostgresDialect());
  }

  private static String nameOf(ScratchDatabase db) {
    String jdbc = db.url().jdbcUrl();
    return jdbc.substring(jdbc.lastIndexOf('/') + 1);
  }

  @Test
  void noDevUrl_reachableServer_createsTemporaryDatabasesAndDropsThem() throws SQLException {
    String first;
    String second;
    try (ScratchServer server = open(PG.url("postgres", "pw", "postgres"), "")) {
      assertThat(server.description()).isEqualTo("temporary databases on localhost:" + PG.port());
      assertThat(server.serverVersion()).matches("\\d+\\.\\d+");
      ScratchDatabase db = server.fresh();
      first = nameOf(db);
      assertThat(first).matches("retort_scratch_[0-9a-f]{12}");
      assertThat(db.description()).isEqualTo("temporary database " + first + " on localhost:" + PG.port());
      assertThat(db.url().redacted()).doesNotContain("pw");
      try (Connection c = Connector.open(db.url()); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE users (id int PRIMARY KEY)");
      }
      assertThat(PG.databaseExists(first)).isTrue();

      ScratchDatabase next = server.fresh();
      second = nameOf(next);
      assertThat(second).isNotEqualTo(first);
      assertThat(PG.databaseExists(first)).isFalse();
      try (Connection c = Connector.open(next.url())) {
        assertThat(userObjects(c)).isEmpty();
      }
      // a connection the caller left open does not keep the database from being dropped
      Connection leftOpen = Connector.open(next.url());
      leftOpen.close();
    }
    assertThat(PG.databaseExists(second)).isFalse();
  }

  @Test
  void release_dropsTheDatabaseInTheBackground_theNextFreshAndCloseWaitForIt() throws SQLException {
    String second;
    try (ScratchServer server = open(PG.url("postgres", "pw", "postgres"), "")) {
      String first = nameOf(server.fresh());
      server.release();
      ScratchDatabase next = server.fresh();
      second = nameOf(next);
      assertThat(PG.databaseExists(first)).isFalse();
      assertThat(PG.databaseExists(second)).isTrue();
      server.release();
      server.release();
    }
    assertThat(PG.databaseExists(second)).isFalse();
  }

  @Test
  void noDevUrl_urlNamesADatabaseNotCreatedYet_createsTemporaryDatabasesAllTheSame() throws SQLException {
    try (ScratchServer server = open(PG.url("postgres", "pw", "app_not_created_yet"), "")) {
      ScratchDatabase db = server.fresh();
      try (Connection c = Connector.open(db.url())) {
        assertThat(userObjects(c)).isEmpty();
      }
      assertThat(PG.databaseExists(nameOf(db))).isTrue();
    }
    assertThat(PG.databaseExists("app_not_created_yet")).isFalse();
  }

  @Test
  void temporaryDatabases_userWithoutCreatedb_isM005NamingThePrivilege() throws SQLException {
    PG.execute("postgres", "DROP ROLE IF EXISTS plain", "CREATE ROLE plain LOGIN NOCREATEDB");
    var url = dev.retort.dialect.DatabaseUrl.parse(PG.url("plain", "pw", "postgres"), java.nio.file.Path.of(""));

    assertThatThrownBy(() -> TemporaryDatabases.open(url, "localhost:" + PG.port()))
        .isInstanceOfSatisfying(ScratchUnavailableException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.M005);
          assertThat(e.summary()).isEqualTo("user plain on localhost:" + PG.port()
              + " may not create databases (no CREATEDB privilege)");
        });
  }

  @Test
  void devUrl_empty_isUsedAndEmptiedByTheNextFreshAndByClose() throws SQLException {
    PG.execute("postgres", "CREATE DATABASE dev_empty");
    String devUrl = PG.url("postgres", "pw", "dev_empty");
    try (ScratchServer server = open(PG.url("postgres", "pw", "postgres"), devUrl)) {
      assertThat(server.description()).isEqualTo("dev_url postgresql://postgres:***@localhost:" + PG.port() + "/dev_empty");
      ScratchDatabase db = server.fresh();
      assertThat(nameOf(db)).isEqualTo("dev_empty");
      try (Connection c = Connector.open(db.url()); Statement st = c.createStatement()) {
        st.execute("CREATE TYPE mood AS ENUM ('ok', 'sad')");
        st.execute("CREATE TABLE users (id serial PRIMARY KEY, m mood)");
        st.execute("CREATE VIEW active AS SELECT id FROM users");
        st.execute("CREATE SEQUENCE tickets");
        st.execute("CREATE DOMAIN positive AS int CHECK (VALUE > 0)");
        st.execute("CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1'");
        st.execute("CREATE SCHEMA billing");
        st.execute("CREATE TABLE billing.invoices (id int)");
        assertThat(userObjects(c)).containsExactly("table billing.invoices", "view public.active",
            "sequence public.tickets", "table public.users", "sequence public.users_id_seq", "function public.one",
            "type public.mood", "domain public.positive");
      }

      ScratchDatabase again = server.fresh();
      assertThat(again.url()).isEqualTo(db.url());
      try (Connection c = Connector.open(again.url())) {
        assertThat(userObjects(c)).isEmpty();
        assertThat(PgContents.schemas(c)).containsExactly("public");
        try (Statement st = c.createStatement()) {
          st.execute("CREATE TABLE public.orders (id int)");
        }
      }
    }
    try (Connection c = PG.connect("dev_empty")) {
      assertThat(userObjects(c)).isEmpty();
    }
    // emptied on close, so the next run may use it again
    try (ScratchServer server = open("postgresql://unused@127.0.0.1:1/app", devUrl)) {
      assertThat(server.fresh().url().jdbcUrl()).endsWith("/dev_empty");
    }
  }

  @Test
  void devUrl_withAnExtension_keepsItAndDropsOnlyExtensionsCreatedSince() throws SQLException {
    PG.execute("postgres", "CREATE DATABASE dev_ext");
    PG.execute("dev_ext", "CREATE EXTENSION citext");
    try (ScratchServer server = open(PG.url("postgres", "pw", "postgres"), PG.url("postgres", "pw", "dev_ext"))) {
      ScratchDatabase db = server.fresh();
      try (Connection c = Connector.open(db.url()); Statement st = c.createStatement()) {
        st.execute("CREATE EXTENSION pgcrypto");
        st.execute("CREATE TABLE users (email citext, token bytea DEFAULT gen_random_bytes(8))");
      }
      server.fresh();
      try (Connection c = PG.connect("dev_ext")) {
        assertThat(userObjects(c)).isEmpty();
        assertThat(PgContents.extensions(c)).containsExactly("citext", "plpgsql");
      }
    }
  }

  @Test
  void devUrl_holdingATable_isM006NamingIt() throws SQLException {
    PG.execute("postgres", "CREATE ROLE retort LOGIN", "CREATE DATABASE retort_dev OWNER retort");
    PG.execute("retort_dev", "CREATE TABLE orders (id int)", "CREATE VIEW recent AS SELECT id FROM orders");

    // as docs/autogenerate.md shows it
    assertThatThrownBy(() -> open(PG.url("postgres", "pw", "postgres"), PG.url("retort", "pw", "retort_dev")))
        .isInstanceOfSatisfying(ScratchUnavailableException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.M006);
          assertThat(e.render()).isEqualTo(("""
              error[RT-M006]: dev_url postgresql://retort:***@localhost:5432/retort_dev is not empty
                it holds 2 objects: table public.orders, view public.recent
                Retort applies schemas to dev_url and drops what it created, so it uses only a database it finds empty
              fix: point dev_url at an empty database kept for Retort (CREATE DATABASE retort_dev), or drop these \
              objects if an interrupted run left them""").replace(":5432/", ":" + PG.port() + "/"));
        });
    try (Connection c = PG.connect("retort_dev")) {
      assertThat(userObjects(c)).hasSize(2);
    }
  }

  @Test
  void noWayWorks_m005ListsEachWayTried() {
    // as docs/autogenerate.md shows it; the lines come from the ways tried
    ScratchUnavailableException e = ScratchServers.noneWorked(List.of(
        "dev_url: not set",
        "temporary database on the server of url: user app on db.example.com:5432 may not create databases"
            + " (no CREATEDB privilege)",
        "embedded PostgreSQL: cannot start: No space left on device"));

    assertThat(e.code()).isEqualTo(ErrorCode.M005);
    assertThat(e.render()).isEqualTo("""
        error[RT-M005]: no scratch PostgreSQL database: 3 ways tried, none worked
          dev_url: not set
          temporary database on the server of url: user app on db.example.com:5432 may not create databases \
        (no CREATEDB privilege)
          embedded PostgreSQL: cannot start: No space left on device
        fix: set dev_url in retort.toml (or RETORT_DEV_URL) to an empty PostgreSQL database Retort may write to, \
        or grant the user of url the CREATEDB privilege""");
  }

  @Test
  void devUrl_unreachable_isM005WithoutThePassword() {
    String devUrl = "postgresql://alice:Sup3rSecretPw@127.0.0.1:1/dev";

    assertThatThrownBy(() -> open(PG.url("postgres", "pw", "postgres"), devUrl))
        .isInstanceOfSatisfying(ScratchUnavailableException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.M005);
          assertThat(e.summary()).isEqualTo("dev_url postgresql://alice:***@127.0.0.1:1/dev is unreachable");
          assertThat(e.render()).doesNotContain("Sup3rSecretPw");
        });
  }

  @Test
  void urlUnreachable_noDevUrl_startsAnEmbeddedPostgres() throws SQLException {
    ScratchDatabase db;
    try (ScratchServer server = open("postgresql://bob:Hidden9Pw@127.0.0.1:1/app", "")) {
      assertThat(server.description()).matches("embedded PostgreSQL \\d+\\.\\d+ started for this run");
      db = server.fresh();
      assertThat(db.description()).matches("temporary database retort_scratch_[0-9a-f]{12} on embedded PostgreSQL");
      assertThat(db.url().jdbcUrl()).doesNotContain(":" + PG.port() + "/");
      try (Connection c = Connector.open(db.url()); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE users (id int)");
        assertThat(userObjects(c)).hasSize(1);
      }
    }
    assertThatThrownBy(() -> Connector.open(db.url()).close()).hasMessageContaining("cannot connect");
  }

  private static List<String> userObjects(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    for (PgContents.UserObject o : PgContents.userObjects(c)) {
      out.add(o.label());
    }
    return out;
  }
}
