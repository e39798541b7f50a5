package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages are one line from every source, revision files are strict UTF-8, a file meant as a
 * revision without a header is refused, and new file names fit in 255 bytes.
 */
class RevisionIntegrityCliTest {
  @TempDir Path tmp;

  private CliRun.Result run(Path dir, String... args) {
    return CliRun.run(dir, Map.of(), args);
  }

  private Path init() {
    return CliRun.initProject(tmp);
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("migrations/versions"))) {
      return s.count();
    }
  }

  @Test
  void revisionAndMerge_messageWithNewline_refusedWithoutWritingAFile() throws IOException {
    Path dir = init();
    run(dir, "revision", "-m", "a", "--rev-id", "aaaa0001").succeeded();
    run(dir, "revision", "-m", "b", "--head", "base", "--rev-id", "bbbb0001").succeeded();

    CliRun.Result revision = run(dir, "revision", "-m", "line one\nDROP TABLE t1; -- x", "--head", "aaaa0001")
        .failedWith("RT-A001");
    CliRun.Result merge = run(dir, "merge", "heads", "-m", "merge\u001b[2J").failedWith("RT-A001");

    assertThat(revision.err()).contains("line break (\\n) at character 9", "one line", "fix: ");
    assertThat(merge.err()).contains("control character (\\u001B) at character 6");
    assertThat(files(dir)).isEqualTo(2);
  }

  @Test
  void upgradeSql_javaMessageWithNewline_S011AndNoScript() throws IOException {
    Path dir = init();
    Files.writeString(dir.resolve("migrations/versions/aaaa0001_x.java"),
        "@Revision(id = \"aaaa0001\",\n    message = \"line one\\nDROP TABLE t1; -- x\")\n"
            + "public final class X implements Migration {}\n");

    CliRun.Result sql = run(dir, "upgrade", "--sql", "head").failedWith("RT-S011");

    assertThat(sql.out()).isEmpty();
    assertThat(sql.err()).contains("aaaa0001_x.java:2");
  }

  @Test
  void lint_javaMessageWithNewline_RT115Once_andTheRevisionStaysInTheGraph() throws IOException {
    Path dir = init();
    Files.writeString(dir.resolve("migrations/versions/aaaa0001_x.java"),
        "@Revision(id = \"aaaa0001\",\n    message = \"line one\\nDROP TABLE t1; -- x\")\n"
            + "public final class X implements Migration {}\n");
    run(dir, "revision", "-m", "child", "--rev-id", "bbbb0002", "--head", "aaaa0001").failedWith("RT-S011");
    Files.writeString(dir.resolve("migrations/versions/bbbb0002_child.sql"),
        "-- Revision: bbbb0002\n-- Revises: aaaa0001\n-- Message: child\n\n-- +upgrade\nSELECT 1;\n\n-- +downgrade\n");

    CliRun.Result lint = run(dir, "lint", "--format", "json");

    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(LintFixtures.codes(lint.json())).containsExactly("RT115");
    assertThat(LintFixtures.withCode(lint.json(), "RT115").get(0).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void latin1Revision_everyCommandRefusesIt_withLineAndByteOffset() throws IOException {
    Path dir = init();
    byte[] text = ("-- Revision: aaaa0001\n-- Revises:\n-- Message: cafe\n\n-- +upgrade\n"
        + "CREATE TABLE t (name TEXT DEFAULT 'café');\n").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("migrations/versions/aaaa0001_cafe.sql"), text);

    for (String[] args : new String[][] {{"heads"}, {"upgrade", "head"}, {"upgrade", "--sql", "head"}, {"history"}}) {
      CliRun.Result r = run(dir, args).failedWith("RT-S001");
      assertThat(r.err()).as(String.join(" ", args))
          .contains("aaaa0001_cafe.sql:6: not valid UTF-8: byte 0xE9 at byte offset 102", "fix: convert it");
    }
  }

  @Test
  void latin1Config_namesLineOffsetAndUtf8() throws IOException {
    Path dir = init();
    Files.write(dir.resolve("retort.toml"), "# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    CliRun.Result r = run(dir, "heads").failedWith("RT-C001");

    assertThat(r.err()).contains("retort.toml:1: not valid UTF-8: byte 0xE9 at byte offset 5")
        .doesNotContain("Input length").doesNotContain("permissions");
  }

  @Test
  void sqlWithUpgradeSectionButNoHeader_refusedByHeadsUpgradeAndLint() throws IOException {
    Path dir = init();
    run(dir, "revision", "-m", "a", "--rev-id", "aaaa0001").succeeded();
    Files.writeString(dir.resolve("migrations/versions/V2__add_email.sql"), "-- +upgrade\nALTER TABLE t ADD email TEXT;\n");

    for (String command : new String[] {"heads", "upgrade"}) {
      CliRun.Result r = command.equals("heads") ? run(dir, "heads").failedWith("RT-S002")
          : run(dir, "upgrade", "head").failedWith("RT-S002");
      assertThat(r.err()).as(command).contains("V2__add_email.sql:1: the file has a '-- +upgrade' section but no revision header")
          .containsPattern("\n  -- Revision: [0-9a-f]{12}\n  -- Revises: aaaa0001\n  -- Message: \\.\\.\\.\nfix: add the lines above");
    }
    CliRun.Result lint = run(dir, "lint");
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out()).contains("V2__add_email.sql:1: error[RT110]");
  }

  @Test
  void revision_longRevId_slugShortenedSoTheNameFits255Bytes() throws IOException {
    Path dir = init();
    String id = "a".repeat(240);

    Path file = Path.of(run(dir, "revision", "-m", "add a rather long table of customers", "--rev-id", id)
        .succeeded().out().strip());

    assertThat(file.getFileName().toString()).isEqualTo(id + "_add_a_rath.sql").hasSize(255);
    assertThat(file).exists();
    String full = "b".repeat(251);
    Path bare = Path.of(run(dir, "revision", "-m", "x", "--rev-id", full, "--head", id).succeeded().out().strip());
    assertThat(bare.getFileName().toString()).isEqualTo(full + ".sql");
    assertThat(run(dir, "revision", "-m", "x", "--rev-id", "c".repeat(252), "--head", full).failedWith("RT-A001").err())
        .contains("longer than the 255 bytes").contains("at most 251 characters");
    assertThat(run(dir, "revision", "--java", "-m", "x", "--rev-id", "d".repeat(250), "--head", full)
        .failedWith("RT-A001").err()).contains("class file").contains("at most 240 characters");
    assertThat(files(dir)).isEqualTo(2);
  }
}
