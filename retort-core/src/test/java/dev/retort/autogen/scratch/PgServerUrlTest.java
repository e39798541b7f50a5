package dev.retort.autogen.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.DatabaseUrl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PgServerUrlTest {
  private static DatabaseUrl parse(String url) {
    return DatabaseUrl.parse(url, Path.of(""));
  }

  @Test
  void of_sqlalchemyUrlWithoutPort_defaultsTo5432() {
    PgServerUrl server = PgServerUrl.of(parse("postgresql://alice:pw@db.example.com/app"));

    assertThat(server).isEqualTo(new PgServerUrl("db.example.com:5432", "app", ""));
  }

  @Test
  void withDatabase_keepsHostParamsAndCredentials() {
    DatabaseUrl base = parse("postgresql://alice:s3cret@db:6543/app?sslmode=require");

    DatabaseUrl other = PgServerUrl.of(base).withDatabase(base, "retort_scratch_0a1b");

    assertThat(other.jdbcUrl()).isEqualTo("jdbc:postgresql://db:6543/retort_scratch_0a1b?sslmode=require");
    assertThat(other.properties().getProperty("password")).isEqualTo("s3cret");
    assertThat(other.redacted()).doesNotContain("s3cret");
  }

  @Test
  void of_jdbcUrlWithoutHost_isLocalhost() {
    assertThat(PgServerUrl.of(parse("jdbc:postgresql:app")).hosts()).isEqualTo("localhost:5432");
  }

  @Test
  void of_sqliteUrl_isNull() {
    assertThat(PgServerUrl.of(parse("sqlite:retort.db"))).isNull();
  }
}
