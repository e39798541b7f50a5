package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Which database Retort migrates: a DataSource marked {@link RetortDataSource}, {@code retort.url},
 * the application's database as {@code retort.user}, else the application's DataSource.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataSourceChoiceTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path dir;

  @Test
  void retortUrl_migratesThatDatabase_notTheApplicationsOne() throws Exception {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();

    Apps.sqlite(dir).withPropertyValues("retort.url=sqlite:" + dir.resolve("other.db"))
        .run(context -> assertThat(context).hasNotFailed());

    assertThat(Tables.in(dir.resolve("other.db"))).contains("items", "tags", "retort_version");
    assertThat(Tables.in(dir.resolve("app.db"))).isEmpty();
  }

  @Test
  void retortDataSourceBean_isMigrated_whileTheApplicationUsesThePrimaryOne() throws Exception {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();

    new ApplicationContextRunner()
        .withConfiguration(BootClasses.jdbcJooqAndRetort())
        .withUserConfiguration(TwoDataSources.class)
        .withPropertyValues("retort.locations=" + dir.resolve("db/retort"), "test.dir=" + dir)
        .run(context -> assertThat(context).hasNotFailed());

    assertThat(Tables.in(dir.resolve("owner.db"))).contains("items", "tags");
    assertThat(Tables.in(dir.resolve("app.db"))).isEmpty();
  }

  @Test
  void retortUser_migratesTheApplicationsDatabaseAsThatUser_andNeverPrintsThePassword(CapturedOutput output)
      throws Exception {
    String url = PG.newDatabase();
    String database = url.substring(url.lastIndexOf('/') + 1);
    PG.execute("CREATE ROLE schema_owner LOGIN PASSWORD 'owner-pw-71x'");
    PG.execute("CREATE ROLE app_user LOGIN PASSWORD 'app-pw'");
    PG.execute("ALTER DATABASE " + database + " OWNER TO schema_owner");
    RevisionFiles files = new RevisionFiles(dir.resolve("db/retort"));
    files.write(RevisionFiles.ITEMS, "", "create items",
        "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
            + "INSERT INTO items (id, name) VALUES (1, 'first');\n"
            + "GRANT SELECT ON items TO app_user;",
        "DROP TABLE items;");

    Apps.sqlite(dir).withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=app_user",
        "spring.datasource.password=app-pw", "retort.user=schema_owner", "retort.password=owner-pw-71x")
        .run(context -> {
          assertThat(context).hasNotFailed();
          JdbcTemplate asApplication = context.getBean(JdbcTemplate.class);
          assertThat(asApplication.queryForObject("SELECT current_user", String.class)).isEqualTo("app_user");
          assertThat(asApplication.queryForObject("SELECT name FROM items", String.class)).isEqualTo("first");
          assertThat(asApplication.queryForObject(
              "SELECT tableowner FROM pg_tables WHERE tablename = 'items'", String.class)).isEqualTo("schema_owner");
        });

    assertThat(output.getAll()).contains("Retort: applied 1 revision").doesNotContain("owner-pw-71x");
  }

  /** The application's DataSource and, marked for Retort, another one. */
  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {
    @Bean
    @Primary
    DataSource applicationDataSource(org.springframework.core.env.Environment env) {
      return new DriverManagerDataSource("jdbc:sqlite:" + env.getProperty("test.dir") + "/app.db");
    }

    @Bean
    @RetortDataSource
    DataSource ownerDataSource(org.springframework.core.env.Environment env) {
      return new DriverManagerDataSource("jdbc:sqlite:" + env.getProperty("test.dir") + "/owner.db");
    }
  }
}
