package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision --java} on a project made by {@code init}: runs, and fails with one clear message. */
class JavaRevisionCliTest {
  @TempDir Path tmp;

  private CliRun.Result run(Path dir, String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  private Path init() {
    return CliRun.initProject(tmp);
  }

  /** A Java revision whose upgrade body is {@code body}. */
  private Path javaRevision(Path dir, String body) throws IOException {
    Path file = dir.resolve(run(dir, "revision", "--java", "-m", "create notes").succeeded().out().strip());
    String text = Files.readString(file);
    Files.writeString(file, text.replace("  public void upgrade(Operations op) {\n  }",
        "  public void upgrade(Operations op) {\n" + body + "\n  }")
        .replace("  public void downgrade(Operations op) {\n  }",
            "  public void downgrade(Operations op) {\n    op.execute(\"DROP TABLE notes\");\n  }"));
    return file;
  }

  @Test
  void init_ignoresTheCacheFolder_andAJavaRevisionRunsBothWays() throws IOException {
    Path dir = init();
    assertThat(dir.resolve("migrations/.gitignore")).content().isEqualTo(".retort-cache/\n");
    javaRevision(dir, "    op.execute(\"CREATE TABLE notes (id INTEGER PRIMARY KEY)\");");
    run(dir, "-q", "upgrade", "head").succeeded();
    assertThat(dir.resolve("migrations/.retort-cache")).isDirectory();
    assertThat(run(dir, "current").succeeded().out()).contains("(head)");
    run(dir, "-q", "downgrade", "base").succeeded();
  }

  @Test
  void upgrade_revisionThatDoesNotCompile_exitsOneWithFileLineAndCompilerMessage() throws IOException {
    Path dir = init();
    Path file = javaRevision(dir, "    op.execute(\"CREATE TABLE notes (id INTEGER PRIMARY KEY)\")\n    undefinedCall();");
    int line = Files.readAllLines(file).indexOf("    op.execute(\"CREATE TABLE notes (id INTEGER PRIMARY KEY)\")") + 1;

    CliRun.Result r = run(dir, "upgrade", "head").failedWith("RT-S008");

    assertThat(r.err()).contains(file.getFileName() + ":" + line + ": ").contains("does not compile: ';' expected")
        .contains("nothing was run");
    assertThat(dir.resolve("retort.db")).satisfiesAnyOf(
        db -> assertThat(db).doesNotExist(),
        db -> assertThat(run(dir, "-q", "current").succeeded().out()).isEmpty());
  }

  @Test
  void upgrade_migrationThatThrows_exitsOneNamingTheLine_andStaysAtBase() throws IOException {
    Path dir = init();
    Path file = javaRevision(dir, "    op.execute(\"CREATE TABLE notes (id INTEGER PRIMARY KEY)\");\n"
        + "    throw new IllegalStateException(\"notes are not ready\");");
    int line = Files.readAllLines(file).indexOf("    throw new IllegalStateException(\"notes are not ready\");") + 1;

    CliRun.Result r = run(dir, "-q", "upgrade", "head").failedWith("RT-V006");

    assertThat(r.err()).contains(file.getFileName() + ":" + line + ": ").contains("failed: notes are not ready")
        .contains("rolled back");
    assertThat(run(dir, "-q", "current").succeeded().out()).isEmpty();
  }
}
