package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Beans that query the database in their constructors, registered before any auto-configuration,
 * see the migrated tables: Spring Boot creates JdbcTemplate, jOOQ's DSLContext and beans marked
 * {@code @DependsOnDatabaseInitialization} only after Retort's migration.
 */
class StartupOrderTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path dir;

  private ApplicationContextRunner app(String url) {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();
    return new ApplicationContextRunner()
        .withConfiguration(BootClasses.jdbcJooqAndRetort())
        .withBean(ItemNames.class)
        .withBean(ItemCount.class)
        .withBean(TagCount.class)
        .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=postgres",
            "spring.datasource.password=postgres", "retort.locations=" + dir.resolve("db/retort"));
  }

  @Test
  void sqlite_beansUsingTheDatabaseInTheirConstructors_seeMigratedTables() {
    app("jdbc:sqlite:" + dir.resolve("app.db")).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(ItemNames.class).names).containsExactly("first");
      assertThat(context.getBean(ItemCount.class).count).isEqualTo(1);
      assertThat(context.getBean(TagCount.class).count).isZero();
    });
  }

  @Test
  void postgres_beansUsingTheDatabaseInTheirConstructors_seeMigratedTables() throws Exception {
    app(PG.newDatabase()).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(ItemNames.class).names).containsExactly("first");
      assertThat(context.getBean(ItemCount.class).count).isEqualTo(1);
      assertThat(context.getBean(TagCount.class).count).isZero();
      assertThat(context.getBean(JdbcTemplate.class).queryForList("SELECT version_num FROM retort_version", String.class))
          .containsExactly(RevisionFiles.TAGS);
    });
  }

  /** Reads through JdbcTemplate in its constructor. */
  static final class ItemNames {
    final List<String> names;

    ItemNames(JdbcTemplate jdbc) {
      names = jdbc.queryForList("SELECT name FROM items ORDER BY id", String.class);
    }
  }

  /** Reads through jOOQ in its constructor. */
  static final class ItemCount {
    final int count;

    ItemCount(DSLContext jooq) {
      count = jooq.fetchCount(DSL.table("items"));
    }
  }

  /** Reads through the plain DataSource, which Spring Boot cannot see, so it says it needs the database. */
  @DependsOnDatabaseInitialization
  static final class TagCount {
    final int count;

    TagCount(DataSource dataSource) throws Exception {
      try (var connection = dataSource.getConnection();
          var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM tags")) {
        rows.next();
        count = rows.getInt(1);
      }
    }
  }
}
