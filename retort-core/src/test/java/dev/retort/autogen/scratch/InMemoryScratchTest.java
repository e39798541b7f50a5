package dev.retort.autogen.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.run.Connector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In-memory scratch databases, on SQLite and on H2. */
class InMemoryScratchTest {
  private static ScratchServer open() {
    return ScratchServers.open(ScratchConfigs.of("sqlite:retort.db", ""), new SqliteDialect());
  }

  @Test
  void fresh_twoConnections_seeTheSameDatabase() throws SQLException {
    try (ScratchServer server = open()) {
      ScratchDatabase db = server.fresh();
      try (Connection one = Connector.open(db.url()); Connection two = Connector.open(db.url())) {
        try (Statement st = one.createStatement()) {
          st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
        }
        assertThat(tables(two)).containsExactly("users");
      }
      assertThat(db.description()).isEqualTo("SQLite in memory");
    }
  }

  @Test
  void fresh_afterATableWasCreated_isEmpty() throws SQLException {
    try (ScratchServer server = open()) {
      ScratchDatabase first = server.fresh();
      try (Connection c = Connector.open(first.url()); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
        assertThat(tables(c)).containsExactly("users");
      }
      ScratchDatabase second = server.fresh();
      assertThat(second.url().jdbcUrl()).isNotEqualTo(first.url().jdbcUrl());
      try (Connection c = Connector.open(second.url())) {
        assertThat(tables(c)).isEmpty();
      }
    }
  }

  @Test
  void serverVersion_isTheSqliteLibrarysVersion() {
    try (ScratchServer server = open()) {
      assertThat(server.serverVersion()).matches("3\\.\\d+\\.\\d+");
    }
  }

  @Test
  void h2_freshDatabasesAreSeparateAndNamedAfterTheProduct() throws SQLException {
    try (ScratchServer server = ScratchServers.open(ScratchConfigs.of("h2:./app", ""), new dev.retort.dialect.h2.H2Dialect())) {
      ScratchDatabase first = server.fresh();
      try (Connection c = Connector.open(first.url()); Statement st = c.createStatement()) {
        st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
      }
      assertThat(first.description()).isEqualTo("H2 in memory");
      ScratchDatabase second = server.fresh();
      try (Connection c = Connector.open(second.url()); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'PUBLIC' AND table_name = 'USERS'")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
      assertThat(server.serverVersion()).startsWith("2.");
    }
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
