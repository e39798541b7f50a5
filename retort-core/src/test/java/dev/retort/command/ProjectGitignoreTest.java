package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project {@code .gitignore} that {@code init} writes follows the database URL in retort.toml. */
class ProjectGitignoreTest {
  @TempDir Path dir;

  private Path config(String content) throws IOException {
    return Files.writeString(dir.resolve("retort.toml"), content);
  }

  @Test
  void lines_sqliteFile_databaseJournalsAndLockFile() throws IOException {
    Path config = config("url = \"sqlite:data/app.db\"\n");

    assertThat(ProjectGitignore.lines(dir, config)).containsExactly(
        "/data/app.db", "/data/app.db-journal", "/data/app.db-wal", "/data/app.db-shm", "/data/app.db.retort-lock");
  }

  @Test
  void lines_serverDatabaseOrFileOutsideTheProject_none() throws IOException {
    assertThat(ProjectGitignore.lines(dir, config("url = \"postgresql://app@localhost/app\"\n"))).isEmpty();
    assertThat(ProjectGitignore.lines(dir, config("url = \"sqlite:../elsewhere.db\"\n"))).isEmpty();
    assertThat(ProjectGitignore.lines(dir, config("url = \"sqlite::memory:\"\n"))).isEmpty();
  }

  @Test
  void write_existingGitignore_appendsOnlyTheMissingLines() throws IOException {
    Path config = config("url = \"sqlite:retort.db\"\n");
    Files.writeString(dir.resolve(".gitignore"), "target/\n/retort.db");

    assertThat(ProjectGitignore.write(dir, config)).isEmpty();

    assertThat(Files.readAllLines(dir.resolve(".gitignore"))).containsExactly(
        "target/", "/retort.db", ProjectGitignore.COMMENT,
        "/retort.db-journal", "/retort.db-wal", "/retort.db-shm", "/retort.db.retort-lock");
    ProjectGitignore.write(dir, config);
    assertThat(Files.readAllLines(dir.resolve(".gitignore"))).hasSize(7);
  }
}
