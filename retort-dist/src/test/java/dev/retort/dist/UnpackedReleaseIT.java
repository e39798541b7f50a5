package dev.retort.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retort run from the unpacked tar.gz, as a user runs it: the version line, a SQLite project from
 * {@code init} to {@code upgrade}, {@code java -jar retort.jar}, the launcher through symbolic
 * links and from the PATH, RETORT_JAVA_OPTS, and the class-data archive.
 */
class UnpackedReleaseIT {
  static final Path REPOSITORY = Path.of(System.getProperty("retort.repository", "..")).toAbsolutePath().normalize();
  private static final Pattern VERSION_LINE = Pattern.compile("retort (\\S+) \\(commit (\\S+)\\)");

  @TempDir static Path dir;
  static ReleaseArchives archives;
  static UnpackedRelease release;

  @BeforeAll
  static void untar() throws IOException {
    archives = ReleaseArchives.ofThisBuild();
    Path home = archives.untar(Files.createDirectories(dir.resolve("opt")));
    release = new UnpackedRelease(home, dir.resolve("cache"));
  }

  @Test
  void version_isThePomVersion_andTheCommitOfThisCheckout() {
    String line = release.retort(dir, Map.of(), "--version").succeeded().out().strip();
    Matcher parts = VERSION_LINE.matcher(line);
    assertThat(parts.matches()).as("version line: %s", line).isTrue();
    assertThat(parts.group(1)).isEqualTo(archives.version());
    String head = gitHead();
    if (head == null) {
      assertThat(parts.group(2)).as("built outside a git checkout").isEqualTo("unknown");
    } else {
      assertThat(parts.group(2)).matches("[0-9a-f]{7,40}");
      assertThat(head).as("HEAD of %s", REPOSITORY).startsWith(parts.group(2));
    }
  }

  @Test
  void javaJar_fromAnotherFolder_printsTheSameVersionLine() {
    String launcher = release.retort(dir, Map.of(), "--version").succeeded().out();
    String jar = release.javaJar(dir, "--version").succeeded().out();
    assertThat(jar).startsWith("retort " + archives.version() + " (commit ").isEqualTo(launcher);
  }

  @Test
  void sqliteProject_initRevisionUpgrade_recordsTheRevisionAndBuildsTheTable() throws IOException, SQLException {
    Path work = Files.createTempDirectory(dir, "work");
    release.retort(work, Map.of(), "init", "shop").succeeded();
    Path shop = work.resolve("shop");
    assertThat(shop.resolve("retort.toml")).isRegularFile();
    String printed = release.retort(shop, Map.of(), "revision", "-m", "create users").succeeded().out().strip();
    Path script = shop.resolve(printed);
    assertThat(script).as("the file revision printed").isRegularFile();
    String id = script.getFileName().toString().substring(0, 12);
    String text = Files.readString(script);
    assertThat(text).contains("-- +upgrade\n", "-- +downgrade\n");
    Files.writeString(script, text
        .replace("-- +upgrade\n", "-- +upgrade\nCREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n")
        .replace("-- +downgrade\n", "-- +downgrade\nDROP TABLE users;\n"));

    release.retort(shop, Map.of(), "upgrade", "head").succeeded();

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + shop.resolve("retort.db"));
         Statement sql = db.createStatement()) {
      assertThat(rows(sql, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'users'"))
          .containsExactly("users");
      assertThat(rows(sql, "SELECT version_num FROM retort_version")).containsExactly(id);
    }
    assertThat(release.retort(shop, Map.of(), "current").succeeded().out()).contains(id);
  }

  @Test
  void launcher_throughAChainOfSymbolicLinks_findsItsRelease() throws IOException {
    Path links = Files.createTempDirectory(dir, "links");
    Files.createSymbolicLink(links.resolve("retort-link"), release.home().resolve("bin").resolve("retort"));
    Path bin = Files.createDirectories(links.resolve("bin"));
    Path relative = Files.createSymbolicLink(bin.resolve("retort"), Path.of("..", "retort-link"));
    // without following both links the script would look for links/retort.jar, which is not there
    String line = release.run(List.of(relative.toString()), links, Map.of(), "--version").succeeded().out();
    assertThat(line).startsWith("retort " + archives.version() + " (commit ");

    String path = bin + ":" + System.getenv("PATH");
    String fromPath = release.run(List.of("/bin/sh", "-c", "retort --version"), links, Map.of("PATH", path))
        .succeeded().out();
    assertThat(fromPath).isEqualTo(line);
  }

  @Test
  void withoutJavaHome_javaOnThePathThroughASymbolicLink_runsRetort() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("path-java").resolve("bin"));
    Files.createSymbolicLink(bin.resolve("java"), UnpackedRelease.TEST_JAVA.resolve("bin").resolve("java"));
    String path = bin + ":" + System.getenv("PATH");

    String line = release.retort(dir, Map.of("JAVA_HOME", "", "PATH", path), "--version").succeeded().out();

    assertThat(line).startsWith("retort " + archives.version() + " (commit ");
  }

  @Test
  void retortJavaOpts_reachTheJvm() {
    ProcessResult result = release.retort(dir, Map.of("RETORT_JAVA_OPTS", "--show-version -Dretort.test=1"), "--version")
        .succeeded();
    // --show-version: the JVM prints its version on stdout first, then Retort prints its line
    assertThat(result.outLines().get(0)).contains(System.getProperty("java.version"));
    assertThat(result.outLines()).last().asString().startsWith("retort " + archives.version());
  }

  @Test
  void classDataArchive_writtenByTheFirstCommand_intoTheCacheFolder_thenMapped() throws IOException {
    Path cache = Files.createTempDirectory(dir, "cache");
    UnpackedRelease fresh = new UnpackedRelease(release.home(), cache);
    fresh.retort(dir, Map.of(), "--version").succeeded();
    fresh.retort(dir, Map.of(), "--help").succeeded();
    assertThat(cache.resolve("retort")).as("--version and --help load too little to be worth an archive")
        .doesNotExist();

    Path work = Files.createTempDirectory(dir, "first-command");
    fresh.retort(work, Map.of(), "init", "shop").succeeded();
    List<Path> written = list(cache.resolve("retort"));
    assertThat(written).as("the cache folder after the first command").hasSize(1);
    assertThat(written.get(0).getFileName().toString()).startsWith("cds-").endsWith(".jsa");

    Path log = dir.resolve("class-load.log");
    fresh.retort(dir, Map.of("RETORT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version").succeeded();
    assertThat(Files.readAllLines(log)).as("where the next run loaded picocli from")
        .anyMatch(l -> l.contains("picocli.CommandLine source: shared objects file"));
    fresh.retort(work.resolve("shop"), Map.of(), "heads").succeeded();
    assertThat(list(cache.resolve("retort"))).as("no second archive").isEqualTo(written);

    // the first command was init; the archive also holds what the build trained on, lint among it
    Path lintLog = dir.resolve("lint-class-load.log");
    fresh.retort(work.resolve("shop"), Map.of("RETORT_JAVA_OPTS", "-Xlog:class+load=info:file=" + lintLog), "lint")
        .succeeded();
    assertThat(Files.readAllLines(lintLog)).as("where lint, never run before here, loaded its command from")
        .anyMatch(l -> l.contains("dev.retort.cli.commands.LintCli source: shared objects file"));
  }

  @Test
  void classDataArchive_retortCds0_writesNone() {
    Path cache = dir.resolve("cache-off");
    new UnpackedRelease(release.home(), cache).retort(dir, Map.of("RETORT_CDS", "0"), "--version").succeeded();
    assertThat(cache).doesNotExist();
  }

  /** HEAD's commit id in the repository this was built from, or null outside a git checkout. */
  private static String gitHead() {
    try {
      ProcessResult git = ProcessResult.run(REPOSITORY, Map.of(), List.of("git", "rev-parse", "HEAD"));
      return git.exitCode() == 0 ? git.out().strip() : null;
    } catch (UncheckedIOException noGit) {
      return null;
    }
  }

  private static List<String> rows(Statement sql, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet result = sql.executeQuery(query)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
