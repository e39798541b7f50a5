package dev.retort.autogen.scratch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.run.Connector;
import dev.retort.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Temporary scratch databases on a real MariaDB server: on the server of dev_url, else of url. */
class MariaDbScratchTest {
  private static ScratchServer open(String url, String devUrl) {
    return ScratchServers.open(ScratchConfigs.of(url, devUrl), new MysqlDialect());
  }

  private static boolean exists(MariaDbServer server, String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(""));
        Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name = '"
            + database + "'")) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  private static String nameOf(ScratchDatabase db) {
    String jdbc = db.url().jdbcUrl();
    return jdbc.substring(jdbc.lastIndexOf('/') + 1, jdbc.indexOf('?') < 0 ? jdbc.length() : jdbc.indexOf('?'));
  }

  @Test
  void serverOfUrl_givesTemporaryDatabases_droppedWhenDone() throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    String live = server.newDatabase();
    String first;
    String second;
    try (ScratchServer scratch = open(server.url(live), "")) {
      assertThat(scratch.description()).isEqualTo("temporary databases on " + server.host() + ":" + server.port());
      assertThat(scratch.serverVersion()).contains("MariaDB");
      ScratchDatabase db = scratch.fresh();
      first = nameOf(db);
      assertThat(first).matches("retort_scratch_[0-9a-f]{12}");
      try (Connection c = Connector.open(db.url()); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE users (id int PRIMARY KEY)");
      }
      assertThat(exists(server, first)).isTrue();
      second = nameOf(scratch.fresh());
      assertThat(second).isNotEqualTo(first);
      assertThat(exists(server, first)).isFalse();
    }
    assertThat(exists(server, second)).isFalse();
    assertThat(exists(server, live)).isTrue();
  }

  @Test
  void devUrl_namesTheServer_evenWhenItsDatabaseDoesNotExist() throws SQLException {
    MariaDbServer server = MariaDbServer.require();
    try (ScratchServer scratch = open("sqlite:unused.db", server.url("no_such_database"))) {
      String name = nameOf(scratch.fresh());
      assertThat(exists(server, name)).isTrue();
    }
    assertThat(exists(server, "no_such_database")).isFalse();
  }

  @Test
  void noServerToUse_isM005_listingEachTried() {
    assertThatThrownBy(() -> open("mysql://root:secret@127.0.0.1:1/app", ""))
        .isInstanceOf(ScratchUnavailableException.class)
        .satisfies(e -> assertThat(((ScratchUnavailableException) e).code()).isEqualTo(ErrorCode.M005))
        .hasMessageContaining("no server for temporary mysql scratch databases: 2 ways tried")
        .satisfies(e -> assertThat(((ScratchUnavailableException) e).details())
            .anySatisfy(d -> assertThat(d).startsWith("dev_url: not set"))
            .anySatisfy(d -> assertThat(d).startsWith("url mysql://root:***@127.0.0.1:1/app: cannot connect")))
        .satisfies(e -> assertThat(e.toString() + ((ScratchUnavailableException) e).details()).doesNotContain("secret"));
  }
}
