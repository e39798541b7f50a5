package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@code retort.fail-on-lint-errors}: a lint error in a revision stops the start-up before anything runs. */
class LintOnStartupTest {
  private static final String DROP_TAGS = "cccc00000003";

  @TempDir Path dir;
  private Path dropFile;

  @BeforeEach
  void revisions() {
    RevisionFiles files = new RevisionFiles(dir.resolve("db/retort"));
    files.writeItemsAndTags();
    // RT208 (error): a revision marked destructive, that a person has to review before it runs
    dropFile = files.write(DROP_TAGS, RevisionFiles.TAGS, "drop tags",
        "-- retort:destructive the tags table and its rows\nDROP TABLE tags;",
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(40));");
  }

  @Test
  void lintError_withFailOnLintErrors_stopsTheStartUpBeforeMigrating() throws Exception {
    Apps.sqlite(dir).withPropertyValues("retort.fail-on-lint-errors=true").run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .contains("error[RT-A005]: " + dropFile + ":6: lint found 1 error in the revisions")
          .contains(dropFile + ":6: error[RT208]", "  fix: ");
      assertThat(analysis.getAction()).contains("retort.fail-on-lint-errors=false");
    });

    assertThat(Tables.in(dir.resolve("app.db"))).doesNotContain("items", "retort_version");
  }

  @Test
  void lintError_byDefault_doesNotStopTheStartUp() throws Exception {
    Apps.sqlite(dir).run(context -> assertThat(context).hasNotFailed());

    assertThat(Tables.in(dir.resolve("app.db"))).contains("items").doesNotContain("tags");
  }
}
