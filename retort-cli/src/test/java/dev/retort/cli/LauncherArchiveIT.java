package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bin/retort} does around the JVM: the class-data archive learns each kind of run once
 * (here in a folder of the test's own, {@code RETORT_CDS_FILE}), and SQLite's native library is
 * loaded from the build's copy instead of being unpacked per run.
 */
class LauncherArchiveIT {
  static final Path REPO = RetortCommandIT.REPO;
  static final String QUICKSTART = REPO.resolve("examples/quickstart/retort.toml").toString();

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  Run retort(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(RetortCommandIT.SCRIPT.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("RETORT_") || k.equals("DATABASE_URL"));
    builder.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("bin/retort " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void eachKindOfRunIsLearnedOnce_thenMapped() throws Exception {
    Path archive = archiveInItsOwnFolder();
    Map<String, String> env = Map.of("RETORT_CDS_FILE", archive.toString());
    Path kinds = dir.resolve("cds/retort.jsa.kinds");
    Path classes = dir.resolve("cds/retort.jsa.classes");

    assertThat(retort(env, "--version").exitCode()).isZero();
    assertThat(learnedKinds(kinds)).containsExactly("/");
    assertThat(Files.readAllLines(kinds).get(0)).as("the Java that wrote the archive").startsWith("java=");
    long versionClasses = Files.readAllLines(classes).size();

    Run heads = retort(env, "-c", QUICKSTART, "heads");
    assertThat(heads.exitCode()).as(heads.err()).isZero();
    assertThat(heads.out()).isEqualTo(RetortCommandIT.HEAD_LINE + "\n");
    assertThat(learnedKinds(kinds)).containsExactly("/", "heads/");
    assertThat(Files.readAllLines(classes)).as("the classes of both kinds").hasSizeGreaterThan((int) versionClasses)
        .contains("dev/retort/cli/commands/HeadsCli");
    FileTime written = Files.getLastModifiedTime(archive);

    Path loaded = dir.resolve("loaded.txt");
    Run again = retort(Map.of("RETORT_CDS_FILE", archive.toString(),
        "RETORT_JAVA_OPTS", "-Xlog:class+load:file=" + loaded), "-c", QUICKSTART, "heads");
    assertThat(again.out()).isEqualTo(RetortCommandIT.HEAD_LINE + "\n");
    assertThat(Files.getLastModifiedTime(archive)).as("a learned kind writes no archive").isEqualTo(written);
    assertThat(learnedKinds(kinds)).containsExactly("/", "heads/");
    assertThat(Files.readString(loaded)).contains("dev.retort.cli.commands.HeadsCli source: shared objects file");
  }

  /** Where a test's launcher keeps its archive (RETORT_CDS_FILE): cds/retort.jsa, the folder made, empty. */
  Path archiveInItsOwnFolder() throws IOException {
    return Files.createDirectories(dir.resolve("cds")).resolve("retort.jsa");
  }

  /** The kinds listed in a .kinds file, after its first line (the Java that wrote the archive). */
  static List<String> learnedKinds(Path kinds) throws IOException {
    List<String> lines = Files.readAllLines(kinds);
    return lines.subList(1, lines.size());
  }

  @Test
  void anArchiveWrittenByAnotherJava_isLearnedAgain() throws Exception {
    Path archive = archiveInItsOwnFolder();
    Map<String, String> env = Map.of("RETORT_CDS_FILE", archive.toString());
    Path kinds = dir.resolve("cds/retort.jsa.kinds");
    assertThat(retort(env, "-c", QUICKSTART, "heads").exitCode()).isZero();
    String writtenBy = Files.readAllLines(kinds).get(0);
    Files.write(kinds, List.of("java=/some/other/jdk/bin/java", "heads/", "current/"));

    Run heads = retort(env, "-c", QUICKSTART, "heads");
    assertThat(heads.exitCode()).as(heads.err()).isZero();
    assertThat(heads.out()).isEqualTo(RetortCommandIT.HEAD_LINE + "\n");
    assertThat(Files.readAllLines(kinds)).as("learned again, from nothing, by this Java")
        .containsExactly(writtenBy, "heads/");
  }

  @Test
  void theBuildTrainsTheArchive_onTheCommonKinds() throws Exception {
    Path kinds = REPO.resolve("retort-cli/target/retort.jsa.kinds");
    assertThat(kinds).as("written by retort-cli/src/build/train-cds.sh in the package phase").isRegularFile();
    assertThat(learnedKinds(kinds)).contains("/", "heads/", "history/", "current/", "status/", "upgrade/",
        "downgrade/", "lint/", "upgrade/postgresql");
    assertThat(Files.readAllLines(REPO.resolve("retort-cli/target/retort.jsa.classes")))
        .as("the SQLite and PostgreSQL drivers' classes, and the PostgreSQL dialect's")
        .contains("org/sqlite/JDBC", "org/postgresql/Driver", "dev/retort/cli/commands/LintCli")
        .as("the driver's classes past the connection and the run's lock on PostgreSQL (verify on an embedded server)")
        .contains("org/postgresql/core/v3/QueryExecutorImpl", "dev/retort/dialect/postgres/AdvisoryLock");

    Path loaded = dir.resolve("loaded.txt");
    Run heads = retort(Map.of("RETORT_JAVA_OPTS", "-Xlog:class+load:file=" + loaded), "-c", QUICKSTART, "heads");
    assertThat(heads.exitCode()).as(heads.err()).isZero();
    assertThat(Files.readString(loaded)).contains("dev.retort.cli.commands.HeadsCli source: shared objects file");
  }

  @Test
  void aFailedRunTeachesNothing() throws Exception {
    Path archive = archiveInItsOwnFolder();
    Run run = retort(Map.of("RETORT_CDS_FILE", archive.toString()), "-c", dir.resolve("missing.toml").toString(),
        "heads");
    assertThat(run.exitCode()).isNotZero();
    try (Stream<Path> files = Files.list(archive.getParent())) {
      assertThat(files).as("no archive, class list or temporary file").isEmpty();
    }
  }

  @Test
  void sqliteNativeLibrary_isTheBuildsCopy_notUnpackedPerRun() throws Exception {
    Path unpackHere = Files.createDirectories(dir.resolve("sqlite-tmp"));
    Path db = dir.resolve("app.db");
    Run run = retort(Map.of("RETORT_CDS", "0", "RETORT_JAVA_OPTS", "-Dorg.sqlite.tmpdir=" + unpackHere),
        "-c", QUICKSTART, "--url", "sqlite:" + db, "upgrade", "head");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(db).isRegularFile();
    try (Stream<Path> files = Files.list(unpackHere)) {
      assertThat(files).as("sqlite-jdbc unpacked nothing").isEmpty();
    }
  }
}
