package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@code retort.validate-on-migrate}: an applied revision whose file was edited or deleted stops the start-up. */
class ValidateOnMigrateTest {
  @TempDir Path dir;
  private RevisionFiles files;

  @BeforeEach
  void migrateOnce() {
    files = new RevisionFiles(dir.resolve("db/retort"));
    files.writeItemsAndTags();
    Apps.sqlite(dir).run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void editedAppliedRevision_stopsTheStartUp_namingRevisionAndFile() throws Exception {
    Path items = files.folder().resolve(RevisionFiles.ITEMS + "_create_items.sql");
    Files.writeString(items, Files.readString(items).replace("'first'", "'renamed'"), StandardCharsets.UTF_8);

    Apps.sqlite(dir).run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .contains("error[RT-V009]", "1 applied revision was edited since it was applied")
          .contains("edited   " + RevisionFiles.ITEMS, items.toString(), "file now sha256:");
      assertThat(analysis.getAction()).contains("retort.validate-on-migrate=false");
    });
  }

  @Test
  void deletedAppliedRevision_stopsTheStartUp() throws Exception {
    Files.delete(files.folder().resolve(RevisionFiles.TAGS + "_create_tags.sql"));

    Apps.sqlite(dir).run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription())
          .contains("error[RT-V009]", "1 applied revision has no file")
          .contains("missing  " + RevisionFiles.TAGS);
    });
  }

  @Test
  void editedAppliedRevision_withValidationOff_starts() throws Exception {
    Path items = files.folder().resolve(RevisionFiles.ITEMS + "_create_items.sql");
    Files.writeString(items, Files.readString(items).replace("'first'", "'renamed'"), StandardCharsets.UTF_8);

    Apps.sqlite(dir).withPropertyValues("retort.validate-on-migrate=false")
        .run(context -> assertThat(context).hasNotFailed());
  }
}
