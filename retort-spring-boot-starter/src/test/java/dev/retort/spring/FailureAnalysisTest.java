package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A start-up that Retort stops reads as one description (what, where, which statement) and one action. */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTest {
  @TempDir Path dir;

  private Path writeFailingRevision() {
    RevisionFiles files = new RevisionFiles(dir.resolve("db/retort"));
    files.write(RevisionFiles.ITEMS, "", "create items", "CREATE TABLE items (id INTEGER PRIMARY KEY);",
        "DROP TABLE items;");
    return files.write(RevisionFiles.TAGS, RevisionFiles.ITEMS, "index tags",
        "CREATE TABLE tags (id INTEGER PRIMARY KEY);\nCREATE INDEX ix_label ON tagz (label);", "DROP TABLE tags;");
  }

  @Test
  void failingRevision_namesFileLineRevisionAndStatement() throws Exception {
    Path failing = writeFailingRevision();

    Apps.sqlite(dir).run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .startsWith("Retort stopped the start-up: error[RT-V004]: " + failing + ":7: upgrade of "
              + RevisionFiles.TAGS + " failed:")
          .contains("no such table: main.tagz", "statement: CREATE INDEX ix_label ON tagz (label)")
          .contains("the version table is at [" + RevisionFiles.ITEMS + "]");
      assertThat(analysis.getAction())
          .contains("fix the statement in the file and start the application again")
          .contains("RT-V004 statement failed");
    });

    assertThat(Tables.strings(dir.resolve("app.db"), "SELECT version_num FROM retort_version"))
        .containsExactly(RevisionFiles.ITEMS);
  }

  @Test
  void locationThatDoesNotExist_namesItAndTheProperty() {
    Apps.sqlite(dir).withPropertyValues("retort.locations=" + dir.resolve("db/nothing-here")).run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .isEqualTo("Retort stopped the start-up: error[RT-S006]: " + dir.resolve("db/nothing-here")
              + ": version directory does not exist");
      assertThat(analysis.getAction()).startsWith("create the folder, or point retort.locations at the folders");
      assertThat(BackgroundReadTest.readOnTheSecondThread(context.getStartupFailure()))
          .as("the error came from the read on the second thread").isTrue();
    });
  }

  @Test
  void springApplication_printsTheAnalysis_notTheExceptionChain(CapturedOutput output) {
    writeFailingRevision();
    SpringApplicationBuilder app = new SpringApplicationBuilder(App.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db"),
            "retort.locations=" + dir.resolve("db/retort"));

    assertThatThrownBy(app::run).isNotNull();

    assertThat(output.getAll())
        .contains("APPLICATION FAILED TO START", "Description:", "Retort stopped the start-up: error[RT-V004]")
        .contains("Action:", "fix the statement in the file and start the application again")
        .doesNotContain("Caused by:", "\tat dev.retort");
  }

  /** An application with everything the test class path auto-configures. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
