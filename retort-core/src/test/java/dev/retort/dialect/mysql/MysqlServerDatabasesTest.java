package dev.retort.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.DatabaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Temporary databases beside a URL's own: the same server, driver, user and options; no password shown. */
class MysqlServerDatabasesTest {
  private final MysqlServerDatabases databases = new MysqlServerDatabases();

  @Test
  void anotherDatabase_onTheSameServer_keepsCredentialsOutOfSight() {
    DatabaseUrl url = DatabaseUrl.parse("mariadb://app:s3cret@db.example.com:3307/shop?sslMode=trust", Path.of(""));
    DatabaseUrl scratch = databases.withDatabase(url, "retort_scratch_1a2b");
    assertThat(scratch.jdbcUrl()).isEqualTo("jdbc:mariadb://db.example.com:3307/retort_scratch_1a2b?sslMode=trust");
    assertThat(scratch.properties().getProperty("password")).isEqualTo("s3cret");
    assertThat(scratch.redacted()).doesNotContain("s3cret");
    assertThat(databases.server(url)).isEqualTo("db.example.com:3307");
    assertThat(databases.server(DatabaseUrl.parse("jdbc:mysql://u:pw@localhost/x", Path.of("")))).isEqualTo("localhost:3306");
    assertThat(databases.withDatabase(url, "").jdbcUrl()).isEqualTo("jdbc:mariadb://db.example.com:3307/?sslMode=trust");
  }
}
