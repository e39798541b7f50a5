package dev.retort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.dialect.DatabaseUrl;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.error.ErrorCode;
import dev.retort.testkit.MariaDbServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every MySQL/MariaDB URL form (SQLAlchemy's and JDBC's, both drivers) parses to the right driver
 * and connects to a real MariaDB server as a user with a password; that password, right or wrong,
 * never appears in the URL as shown or in any message.
 */
class MysqlConnectionTest {
  private static final Path HERE = Path.of(".");
  /** SQLAlchemy takes everything to the last '@' as the password: '@', '/', ':' and '+' unencoded. */
  private static final String PASSWORD = "Sq1/pa:ss+w@rd";
  /** For JDBC URLs, where the driver reads the query string itself. */
  private static final String JDBC_PASSWORD = "Jdbc_s3cret.pw";
  private static MariaDbServer server;
  private static String database;

  @BeforeAll
  static void users() throws SQLException {
    server = MariaDbServer.require();
    database = server.newDatabase();
    try (Connection c = DriverManager.getConnection(server.jdbcUrl(database)); Statement st = c.createStatement()) {
      st.execute("CREATE USER IF NOT EXISTS app_sqla@'%' IDENTIFIED BY '" + PASSWORD + "'");
      st.execute("CREATE USER IF NOT EXISTS app_jdbc@'%' IDENTIFIED BY '" + JDBC_PASSWORD + "'");
      st.execute("GRANT ALL ON " + database + ".* TO app_sqla@'%'");
      st.execute("GRANT ALL ON " + database + ".* TO app_jdbc@'%'");
    }
  }

  private static String hostPort() {
    return server.host() + ":" + server.port();
  }

  /** Each form a user writes, with the driver it must reach. */
  private static List<String[]> forms(String sqlaPassword, String jdbcPassword) {
    String at = hostPort() + "/" + database;
    return List.of(
        new String[] {"mysql://app_sqla:" + sqlaPassword + "@" + at, "jdbc:mysql://"},
        new String[] {"mysql+pymysql://app_sqla:" + sqlaPassword + "@" + at + "?charset=utf8mb4", "jdbc:mysql://"},
        new String[] {"mysql+mysqldb://app_sqla:" + sqlaPassword + "@" + at, "jdbc:mysql://"},
        new String[] {"mariadb://app_sqla:" + sqlaPassword + "@" + at, "jdbc:mariadb://"},
        new String[] {"mariadb+mariadbconnector://app_sqla:" + sqlaPassword + "@" + at, "jdbc:mariadb://"},
        new String[] {"jdbc:mysql://" + at + "?user=app_jdbc&password=" + jdbcPassword, "jdbc:mysql://"},
        new String[] {"jdbc:mariadb://" + at + "?user=app_jdbc&password=" + jdbcPassword, "jdbc:mariadb://"});
  }

  @Test
  void everyForm_parsesToItsDriver_andTheShownUrlHidesThePassword() {
    for (String[] form : forms(PASSWORD, JDBC_PASSWORD)) {
      DatabaseUrl url = DatabaseUrl.parse(form[0], HERE);
      assertThat(url.scheme()).as(form[1]).isEqualTo("mysql");
      assertThat(url.redacted()).as(form[1]).contains("***").doesNotContain(PASSWORD).doesNotContain(JDBC_PASSWORD)
          .doesNotContain("pa:ss");
      assertThat(url.toString()).doesNotContain(PASSWORD).doesNotContain(JDBC_PASSWORD);
      if (!form[0].startsWith("jdbc:")) {
        assertThat(url.properties().getProperty("password")).isEqualTo(PASSWORD);
        assertThat(url.properties().getProperty("user")).isEqualTo("app_sqla");
      }
    }
  }

  @Test
  void everyForm_connectsThroughItsDriver() throws SQLException {
    for (String[] form : forms(PASSWORD, JDBC_PASSWORD)) {
      DatabaseUrl url = DatabaseUrl.parse(form[0], HERE);
      try (Connection c = Connector.open(url, new MysqlDialect()); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT current_user(), database()")) {
        assertThat(c.getMetaData().getURL()).as(url.redacted()).startsWith(form[1]);
        rs.next();
        assertThat(rs.getString(1)).startsWith(form[0].startsWith("jdbc:") ? "app_jdbc@" : "app_sqla@");
        assertThat(rs.getString(2)).isEqualTo(database);
      }
    }
  }

  @Test
  void wrongPassword_isRefused_andNoMessageShowsIt() {
    String wrong = "Wr0ng/pw:x@y";
    String wrongJdbc = "Wr0ng_jdbc_pw";
    for (String[] form : forms(wrong, wrongJdbc)) {
      DatabaseUrl url = DatabaseUrl.parse(form[0], HERE);
      RunException e = catchThrowableOfType(() -> Connector.open(url), RunException.class);
      assertThat(e).as(url.redacted()).isNotNull();
      assertThat(e.code()).isEqualTo(ErrorCode.D002);
      String shown = e.getMessage() + e.details() + e.hint();
      assertThat(shown).as(url.redacted()).contains("cannot connect to").contains("***")
          .containsIgnoringCase("access denied")
          .doesNotContain(wrong).doesNotContain(wrongJdbc).doesNotContain("pw:x");
    }
  }

  @Test
  void unreachableServer_neitherDriverShowsThePassword() {
    for (String url : List.of("mysql://app:" + PASSWORD + "@127.0.0.1:1/db", "mariadb://app:" + PASSWORD + "@127.0.0.1:1/db",
        "jdbc:mysql://127.0.0.1:1/db?user=app&password=" + JDBC_PASSWORD,
        "jdbc:mariadb://127.0.0.1:1/db?user=app&password=" + JDBC_PASSWORD)) {
      RunException e = catchThrowableOfType(() -> Connector.open(DatabaseUrl.parse(url, HERE)), RunException.class);
      assertThat(e.code()).isEqualTo(ErrorCode.D002);
      assertThat(e.getMessage() + e.details() + e.hint()).contains("127.0.0.1:1")
          .doesNotContain(PASSWORD).doesNotContain(JDBC_PASSWORD);
    }
  }
}
