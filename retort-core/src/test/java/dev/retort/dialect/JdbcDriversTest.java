package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcDriversTest {
  @TempDir Path dir;

  @Test
  void opensTheDatabaseThroughTheDriverItsPrefixNames() throws Exception {
    Path file = dir.resolve("app.db");
    try (Connection connection = JdbcDrivers.connect("jdbc:sqlite:" + file, new Properties());
        Statement st = connection.createStatement()) {
      assertThat(connection.getClass().getName()).startsWith("org.sqlite.");
      st.execute("CREATE TABLE t (id INTEGER)");
      st.execute("INSERT INTO t VALUES (7)");
    }
    assertThat(file).isRegularFile();
    try (Connection again = JdbcDrivers.connect("jdbc:sqlite:" + file, new Properties());
        Statement st = again.createStatement();
        ResultSet rs = st.executeQuery("SELECT id FROM t")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(7);
    }
  }

  @Test
  void passesThePropertiesToTheDriver() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("open_mode", "1"); // sqlite-jdbc: SQLITE_OPEN_READONLY, so a missing file is an error
    Path missing = dir.resolve("missing.db");
    assertThatThrownBy(() -> JdbcDrivers.connect("jdbc:sqlite:" + missing, properties).close())
        .isInstanceOf(SQLException.class);
    assertThat(Files.exists(missing)).isFalse();
  }

  @Test
  void anUnknownPrefixGoesThroughDriverManager() {
    assertThatThrownBy(() -> JdbcDrivers.connect("jdbc:nosuchdatabase://host/db", new Properties()))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("No suitable driver");
  }
}
