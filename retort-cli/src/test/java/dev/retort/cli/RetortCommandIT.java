package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code bin/retort} script, started as a process on the packaged jar
 * ({@code retort-cli/target/retort-cli.jar} and {@code target/lib}, built by the package phase
 * before failsafe runs this in integration-test).
 */
class RetortCommandIT {
  static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
  static final Path REPO = MODULE.getParent();
  static final Path SCRIPT = REPO.resolve("bin").resolve("retort");
  static final Path QUICKSTART = REPO.resolve("examples").resolve("quickstart");
  static final String HEAD_LINE = "c5d6e7f8091a (loyalty) (head)";

  @TempDir static Path logs;

  record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return CliRun.lines(out);
    }
  }

  @BeforeAll
  static void builtAndExecutable() {
    assertThat(SCRIPT).as("bin/retort").isRegularFile();
    assertThat(Files.isExecutable(SCRIPT)).as("bin/retort is executable").isTrue();
    assertThat(MODULE.resolve("target/retort-cli.jar")).as("packaged jar").isRegularFile();
    assertThat(MODULE.resolve("target/lib")).as("runtime libraries").isDirectory();
  }

  /** Runs bin/retort in {@code cwd} without any RETORT_* or DATABASE_URL variables. */
  static Run retort(Path cwd, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(SCRIPT.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("RETORT_") || k.equals("DATABASE_URL"));
    Path out = Files.createTempFile(logs, "out", ".txt");
    Path err = Files.createTempFile(logs, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("bin/retort " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void history_withConfigFlag_printsTheQuickstartHistoryNewestFirst() throws Exception {
    Run run = retort(MODULE, "-c", "../examples/quickstart/retort.toml", "history");

    assertThat(run.exitCode()).as("exit; stderr:\n%s", run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).isEqualTo("b4c5d6e7f809 -> c5d6e7f8091a (loyalty) (head), index shipments by order");
    assertThat(lines.get(11)).isEqualTo("<base> -> 1a2b3c4d5e6f, create customers");
    assertThat(lines).contains(
        "708192a3b4c5, 92a3b4c5d6e7 -> a3b4c5d6e7f8 (loyalty) (mergepoint), merge loyalty into main",
        "4d5e6f708192 -> 5e6f708192a3 (branchpoint), create order lines");
  }

  @Test
  void heads_withConfigFlag_printsTheHead() throws Exception {
    Run run = retort(MODULE, "-c", "../examples/quickstart/retort.toml", "heads");

    assertThat(run.exitCode()).as("exit; stderr:\n%s", run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(HEAD_LINE + "\n");
  }

  @Test
  void showUnknownRevision_exits1WithOneMessageAndNoStackTrace() throws Exception {
    Run run = retort(MODULE, "-c", "../examples/quickstart/retort.toml", "show", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error[RT-G004]: ").contains("'nope'").contains("\nfix: ");
    CliRun.assertNoStackTrace(run.err());
  }

  @Test
  void showUnknownRevision_withoutAProjectFlagInTheProject_sameError() throws Exception {
    Run run = retort(QUICKSTART, "show", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[RT-G004]: ");
    CliRun.assertNoStackTrace(run.err());
  }

  @Test
  void verbose_showsTheStackTrace() throws Exception {
    Run run = retort(QUICKSTART, "-v", "show", "nope");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[RT-G004]: ").contains("\tat ");
  }

  @Test
  void unknownOption_exits2() throws Exception {
    Run run = retort(MODULE, "--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--bogus");
    CliRun.assertNoStackTrace(run.err());
  }

  @Test
  void help_exits0() throws Exception {
    Run run = retort(MODULE, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: retort");
  }

  @Test
  void fromTheProjectFolder_findsRetortTomlAndShowsPathsRelativeToIt() throws Exception {
    Run heads = retort(QUICKSTART, "heads");
    assertThat(heads.exitCode()).as("exit; stderr:\n%s", heads.err()).isZero();
    assertThat(heads.out()).isEqualTo(HEAD_LINE + "\n");

    Run show = retort(QUICKSTART, "show", "head", "--json");
    assertThat(show.exitCode()).as("exit; stderr:\n%s", show.err()).isZero();
    JsonNode json = CliRun.parse(show.out());
    RevisionJsonAssert.hasShape(json);
    assertThat(json.get("id").asText()).isEqualTo("c5d6e7f8091a");
    assertThat(json.get("path").asText())
        .isEqualTo("migrations/versions/c5d6e7f8091a_index_shipments_by_order.sql");

    Run history = retort(QUICKSTART, "history", "-r", "5e6f708192a3:5e6f708192a3", "--verbose");
    assertThat(history.exitCode()).as("exit; stderr:\n%s", history.err()).isZero();
    assertThat(history.outLines()).contains("Path: migrations/versions/5e6f708192a3_create_order_lines.sql");
  }

  @Test
  void fromAFolderWithoutAProject_failsWithS006() throws Exception {
    Run run = retort(logs, "heads");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[RT-S006]: ");
    CliRun.assertNoStackTrace(run.err());
  }
}
