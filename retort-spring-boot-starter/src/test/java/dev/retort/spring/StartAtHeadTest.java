package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A start on a database already at head, as most starts are: the upgrade checks
 * validate-on-migrate with the rows it reads anyway, so Retort takes one connection for its work
 * (and one for the database's metadata) and reads the version rows and the history once, on
 * SQLite and PostgreSQL, through a DataSource that records what is asked of it.
 */
class StartAtHeadTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path dir;

  @Test
  void sqliteAtHead_oneSessionReadsVersionRowsAndHistoryOnce() {
    CountingDataSource counting = new CountingDataSource(new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("app.db")));
    startAtHead(counting);
  }

  @Test
  void postgresAtHead_oneSessionReadsVersionRowsAndHistoryOnce() throws Exception {
    DriverManagerDataSource pg = new DriverManagerDataSource(PG.newDatabase(), "postgres", "");
    startAtHead(new CountingDataSource(pg));
  }

  private void startAtHead(CountingDataSource counting) {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();
    app(counting).run(context -> assertThat(context).hasNotFailed());
    counting.reset();

    app(counting).run(context -> assertThat(context).hasNotFailed());

    assertThat(counting.connections()).as("connections taken: the metadata's, then the upgrade's").isEqualTo(2);
    assertThat(counting.count("SELECT version_num FROM retort_version")).as(counting.statements().toString())
        .isEqualTo(1);
    assertThat(counting.count("FROM retort_history ORDER BY id")).as(counting.statements().toString()).isEqualTo(1);
  }

  @Test
  void validationOff_theHistoryIsNotRead() {
    CountingDataSource counting = new CountingDataSource(new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("app.db")));
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();
    app(counting).run(context -> assertThat(context).hasNotFailed());
    counting.reset();

    app(counting).withPropertyValues("retort.validate-on-migrate=false")
        .run(context -> assertThat(context).hasNotFailed());

    assertThat(counting.count("SELECT version_num FROM retort_version")).isEqualTo(1);
    assertThat(counting.count("FROM retort_history ORDER BY id")).as(counting.statements().toString()).isZero();
  }

  @Test
  void editedRevisionAtHead_refusedInTheUpgradesSession_withTheSameAnalysis() throws Exception {
    CountingDataSource counting = new CountingDataSource(new DriverManagerDataSource("jdbc:sqlite:" + dir.resolve("app.db")));
    RevisionFiles files = new RevisionFiles(dir.resolve("db/retort"));
    files.writeItemsAndTags();
    app(counting).run(context -> assertThat(context).hasNotFailed());
    Path tags = files.folder().resolve(RevisionFiles.TAGS + "_create_tags.sql");
    Files.writeString(tags, Files.readString(tags).replace("label VARCHAR(40)", "label VARCHAR(80)"),
        StandardCharsets.UTF_8);
    counting.reset();

    app(counting).run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .startsWith("Retort stopped the start-up: error[RT-V009]: 1 applied revision was edited since it was applied,"
              + " and retort.validate-on-migrate is on\n  edited   " + RevisionFiles.TAGS + "  ")
          .contains(tags.toString(), "applied sha256:", ", file now sha256:");
      assertThat(analysis.getAction()).startsWith("restore the files as they were applied")
          .contains("set retort.validate-on-migrate=false");
    });
    assertThat(counting.connections()).isEqualTo(2);
    assertThat(counting.count("SELECT version_num FROM retort_version")).isEqualTo(1);
  }

  private ApplicationContextRunner app(DataSource dataSource) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(RetortAutoConfiguration.class)) // Retort's connections only
        .withBean("dataSource", DataSource.class, () -> dataSource)
        .withPropertyValues("retort.locations=" + dir.resolve("db/retort"));
  }
}
