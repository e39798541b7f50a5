package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Passwords are masked in every URL form, '@' in the password included; parsing agrees with the mask. */
class DatabaseUrlTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "postgresql://app:s3cret@PW@host/db | postgresql://app:***@host/db",
      "postgresql://app:s3cret@PW@host:5432/db?sslmode=disable | postgresql://app:***@host:5432/db?sslmode=disable",
      "postgresql+psycopg2://app:a/b:c@d@e@host/db | postgresql+psycopg2://app:***@host/db",
      "postgresql://app@azure-srv:s3cret@PW@host/db | postgresql://app@azure-srv:***@host/db",
      "postgresql://app:p?x@host/db | postgresql://app:***@host/db",
      "postgresql://app:s3cret@host/db?application_name=a@b | postgresql://app:***@host/db?application_name=a@b",
      "jdbc:postgresql://host/db?user=u&password=s3cret@PW | jdbc:postgresql://host/db?user=u&password=***",
      "jdbc:postgresql://host:5432/db?password=s3cret@PW&ssl=true | jdbc:postgresql://host:5432/db?password=***&ssl=true",
      "jdbc:postgresql://u:s3cret@PW@host/db | jdbc:postgresql://u:***@host/db",
      "postgresql://host:5432/db | postgresql://host:5432/db",
      "postgresql://app@host/db | postgresql://app@host/db",
      "mysql://root:s3cret@PW@host/db | mysql://root:***@host/db"})
  void redact_masksThePasswordUpToTheLastAtOfTheAuthority(String url, String shown) {
    assertThat(DatabaseUrl.redact(url)).isEqualTo(shown);
  }

  @Test
  void parse_passwordWithAt_isTakenWholeAndTheHostIsWhatFollowsTheLastAt() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@PW@db.internal:5433/shop", Path.of("."));

    assertThat(url.properties().getProperty("user")).isEqualTo("app");
    assertThat(url.properties().getProperty("password")).isEqualTo("s3cret@PW");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5433/shop");
    assertThat(url.redacted()).isEqualTo("postgresql://app:***@db.internal:5433/shop");
    assertThat(url.toString()).doesNotContain("s3cret").doesNotContain("PW");
  }

  @Test
  void parse_azureUserWithAt_keepsTheUserAndMasksThePassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://app@srv:s3cret@srv.postgres.example/db", Path.of("."));

    assertThat(url.properties().getProperty("user")).isEqualTo("app@srv");
    assertThat(url.properties().getProperty("password")).isEqualTo("s3cret");
    assertThat(url.redacted()).isEqualTo("postgresql://app@srv:***@srv.postgres.example/db");
  }

  @Test
  void parse_unsupportedUrl_errorShowsTheMaskedUrl() {
    UnsupportedUrlException e = catchThrowableOfType(
        () -> DatabaseUrl.parse("oracle://root:s3cret@PW@host/db", Path.of(".")), UnsupportedUrlException.class);

    assertThat(e.getMessage()).contains("oracle://root:***@host/db").doesNotContain("s3cret").doesNotContain("PW");
  }

  /** Messages show a URL only through redact(): no main class outside DatabaseUrl and Connector reads jdbcUrl(). */
  @Test
  void sources_onlyTheConnectorUsesTheUnmaskedUrl() throws IOException {
    Path main = Path.of("src/main/java");
    List<Path> users;
    try (Stream<Path> files = Files.walk(main)) {
      users = files.filter(f -> f.toString().endsWith(".java")).filter(DatabaseUrlTest::readsJdbcUrl).toList();
    }
    // PgServerUrl reads the JDBC form to find the server's host and port for scratch databases; it prints
    // only the host, port and database name, and builds new URLs whose display form is redacted;
    // MysqlServerDatabases does the same for MySQL's temporary scratch databases (host and port only);
    // H2Dialect reads it to open the lease lock's own connection and to find a file database's files; it prints
    // neither (the lock's owner is the process and host); MysqlDialect replaces the database of a fleet target's
    // URL by its schema and shows the result only redacted; TenantSessions keys the fleet's reusable sessions by
    // the URL and its properties in memory and never prints the key
    assertThat(users).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder("Connector.java", "PgServerUrl.java", "MysqlServerDatabases.java",
            "H2Dialect.java", "MysqlDialect.java", "TenantSessions.java");
  }

  private static boolean readsJdbcUrl(Path file) {
    try {
      return Files.readString(file).contains(".jdbcUrl()");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void parse_sqlalchemySqliteWithADriver_isTheSameFile() {
    Path base = Path.of("/srv/app");

    for (String url : new String[] {"sqlite+pysqlite:///app.db", "sqlite+aiosqlite:///app.db", "sqlite:///app.db"}) {
      DatabaseUrl parsed = DatabaseUrl.parse(url, base);
      assertThat(parsed.scheme()).as(url).isEqualTo("sqlite");
      assertThat(parsed.sqliteFile()).as(url).isEqualTo(base.resolve("app.db"));
    }
    assertThat(DatabaseUrl.parse("sqlite+aiosqlite://", base).sqliteFile()).isNull();
  }
}
