package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lint --baseline}: today's findings are recorded; later runs report only new ones. */
class LintBaselineCliTest {
  @TempDir Path dir;

  private static final String REVISION = "-- Revision: %s\n-- Revises: %s\n-- Message: change\n\n-- +upgrade\n%s\n\n"
      + "-- +downgrade\nSELECT 1;\n";

  private void write(String id, String revises, String upgrade) throws IOException {
    Path versions = dir.resolve("migrations/versions");
    Files.createDirectories(versions);
    Files.writeString(versions.resolve(id + "_change.sql"), REVISION.formatted(id, revises, upgrade));
  }

  private CliRun.Result lint(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(dir, Map.of(), all);
  }

  private void history() throws IOException {
    Files.writeString(dir.resolve("retort.toml"), "script_location = \"migrations\"\n");
    write("aaaa00000001", "", "CREATE TABLE users (id INT PRIMARY KEY);");
    // RT203 (an error): exit 1 on a freshly imported history
    write("bbbb00000002", "aaaa00000001", "ALTER TABLE users ADD COLUMN email VARCHAR(320) NOT NULL;");
  }

  @Test
  void baseline_recordsToday_thenOnlyNewFindingsAreReported() throws IOException {
    history();
    assertThat(lint().exitCode()).isEqualTo(1);

    CliRun.Result recorded = lint("--baseline").succeeded();
    assertThat(recorded.out()).isEqualTo("recorded 1 finding in .retort-lint-baseline.json\n");
    assertThat(Files.readString(dir.resolve(".retort-lint-baseline.json")))
        .contains("\"code\" : \"RT203\"").contains("\"revision\" : \"bbbb00000002\"").doesNotContain("\"line\"");

    CliRun.Result clean = lint().succeeded();
    assertThat(clean.out()).contains("no problems found")
        .contains("1 baselined finding suppressed (.retort-lint-baseline.json; see them with --no-baseline)");

    // a new revision with the same kind of finding is reported; the old one stays suppressed
    write("cccc00000003", "bbbb00000002", "ALTER TABLE users ADD COLUMN name TEXT NOT NULL;");
    CliRun.Result next = lint();
    assertThat(next.exitCode()).isEqualTo(1);
    assertThat(next.out()).contains("cccc00000003_change.sql").doesNotContain("bbbb00000002_change.sql")
        .contains("1 baselined finding suppressed");

    assertThat(lint("--no-baseline").out()).contains("bbbb00000002_change.sql").contains("cccc00000003_change.sql");
  }

  @Test
  void baseline_survivesLineShifts_andReportsStaleEntries() throws IOException {
    history();
    lint("--baseline").succeeded();

    // lines added above the statement, whitespace changed inside it: same finding
    write("bbbb00000002", "aaaa00000001", "-- backfilled by the app\nSELECT 1;\n\nALTER TABLE users\n"
        + "  ADD COLUMN email VARCHAR(320) NOT NULL;");
    assertThat(lint().succeeded().out()).contains("1 baselined finding suppressed");

    // the finding fixed: the entry is stale, and the note says how to refresh
    write("bbbb00000002", "aaaa00000001", "ALTER TABLE users ADD COLUMN email VARCHAR(320) NOT NULL DEFAULT '';");
    assertThat(lint().succeeded().out()).contains("no problems found")
        .contains("note: 1 baseline entry matches no finding any more (fixed or edited); refresh"
            + " .retort-lint-baseline.json with: retort lint --baseline");
  }

  @Test
  void baseline_jsonFormat_keepsStdoutOneDocument() throws IOException {
    history();
    lint("--baseline").succeeded();
    CliRun.Result json = lint("--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.json().isArray()).isTrue();
    assertThat(json.json()).isEmpty();
    assertThat(json.err()).contains("1 baselined finding suppressed");
  }

  @Test
  void baseline_fileNamedInLintTable() throws IOException {
    history();
    Files.writeString(dir.resolve("retort.toml"),
        "script_location = \"migrations\"\n[lint]\nbaseline = \"ci/lint-baseline.json\"\n");
    Files.createDirectories(dir.resolve("ci"));
    assertThat(lint("--baseline").succeeded().out()).isEqualTo("recorded 1 finding in ci/lint-baseline.json\n");
    assertThat(dir.resolve("ci/lint-baseline.json")).exists();
    assertThat(dir.resolve(".retort-lint-baseline.json")).doesNotExist();
    assertThat(lint().succeeded().out()).contains("1 baselined finding suppressed (ci/lint-baseline.json;");
  }

  @Test
  void baseline_malformedFile_isOneClearError() throws IOException {
    history();
    Files.writeString(dir.resolve(".retort-lint-baseline.json"), "{ \"version\": 1, \"findings\": [ }");
    lint().failedWith("RT-A004");
    assertThat(lint().err()).contains(".retort-lint-baseline.json").contains("fix: rewrite it with: retort lint --baseline");
  }

  @Test
  void baseline_withSince_isAUsageError() throws IOException {
    history();
    lint("--baseline", "--since", "aaaa00000001").usageError();
  }
}
