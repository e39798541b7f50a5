package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.error.RetortException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The revision files are read on a second thread while the context is built ({@link
 * RetortPreload}); what it read is used, and what went wrong there stops the start-up with the
 * failure analysis the read on the main thread gave (a location that does not exist: {@link
 * FailureAnalysisTest}).
 */
class BackgroundReadTest {
  @TempDir Path dir;

  @Test
  void startUp_usesWhatTheSecondThreadRead() throws Exception {
    new RevisionFiles(dir.resolve("db/retort")).writeItemsAndTags();

    Apps.sqlite(dir).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(RetortPreload.class).used()).isTrue();
    });
    assertThat(Tables.in(dir.resolve("app.db"))).contains("items", "tags");
  }

  @Test
  void malformedRevision_sameAnalysis_fromTheSecondThread() throws Exception {
    RevisionFiles files = new RevisionFiles(dir.resolve("db/retort"));
    files.writeItemsAndTags();
    Path tags = files.folder().resolve(RevisionFiles.TAGS + "_create_tags.sql");
    Files.writeString(tags, Files.readString(tags).replace("-- Revises: " + RevisionFiles.ITEMS,
        "-- Revises: cccc00000009"), StandardCharsets.UTF_8);

    Apps.sqlite(dir).run(context -> {
      FailureAnalysis analysis = Apps.analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).startsWith("Retort stopped the start-up: error[RT-")
          .contains("cccc00000009");
      assertThat(readOnTheSecondThread(context.getStartupFailure())).isTrue();
    });
    assertThat(Tables.in(dir.resolve("app.db"))).doesNotContain("items");
  }

  /** Whether the Retort error in {@code failure}'s causes was thrown by the read {@link RetortPreload} started. */
  static boolean readOnTheSecondThread(Throwable failure) {
    Throwable cause = failure;
    while (cause != null && !(cause instanceof RetortException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("a Retort error among the causes of " + failure).isNotNull();
    return Arrays.stream(cause.getStackTrace())
        .anyMatch(frame -> frame.getClassName().startsWith(RetortPreload.class.getName())
            && frame.getMethodName().contains("lambda"));
  }
}
