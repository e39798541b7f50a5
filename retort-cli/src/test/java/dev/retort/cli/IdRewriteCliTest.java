package dev.retort.cli;

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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort rename-revision} and {@code retort rewrite-ids} on SQLite files: output, exit codes, errors. */
class IdRewriteCliTest {
  private static final String A = "create_first_table_with_a_long_id";
  private static final String B = "bbbb00000002";

  @TempDir Path dir;
  TestProject p;

  @BeforeEach
  void project() {
    p = TestProject.in(dir);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:app.db\"\n");
    p.rev(A, "", "first").write();
    p.rev(B, A, "second").write();
  }

  private List<String> column(String database, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(database));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  private Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(p.versions())) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(f.getFileName().toString(), Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Test
  void renameRevisionDryRun_printsEveryFileLineAndStatement_andWritesNothing() throws Exception {
    p.run("-q", "upgrade", "heads").succeeded();
    Map<String, String> before = files();
    List<String> history = column("app.db", "SELECT revision FROM retort_history ORDER BY id");
    Path newFile = p.versions().resolve("a1a1a1a1a1a1_first.sql");

    CliRun.Result run = p.run("rename-revision", A, "a1a1a1a1a1a1", "--dry-run").succeeded();

    assertThat(run.outLines()).containsExactly(
        "would rename " + A + " -> a1a1a1a1a1a1",
        "would move " + p.shown(A) + " -> " + TestProject.shown(newFile),
        "  1 - -- Revision: " + A,
        "  1 + -- Revision: a1a1a1a1a1a1",
        "would rewrite " + p.shown(B),
        "  2 - -- Revises: " + A,
        "  2 + -- Revises: a1a1a1a1a1a1",
        "would run UPDATE retort_history SET revision = 'a1a1a1a1a1a1' WHERE revision = '" + A + "'",
        "would run INSERT INTO retort_history (revision, direction, checksum, previous_checksum, ...) VALUES"
            + " ('a1a1a1a1a1a1', 'accept', '" + sha(before.get(A + "_first.sql").replace("-- Revision: " + A, "-- Revision: a1a1a1a1a1a1")) + "', '"
            + sha(before.get(A + "_first.sql")) + "', ...)",
        "would run INSERT INTO retort_history (revision, direction, checksum, previous_checksum, ...) VALUES"
            + " ('" + B + "', 'accept', '" + sha(before.get(B + "_second.sql").replace("-- Revises: " + A, "-- Revises: a1a1a1a1a1a1")) + "', '"
            + sha(before.get(B + "_second.sql")) + "', ...)");
    assertThat(files()).isEqualTo(before);
    assertThat(column("app.db", "SELECT revision FROM retort_history ORDER BY id")).isEqualTo(history);
  }

  @Test
  void renameRevision_renamesFilesAndRows_thenASecondRunSaysNothingToRename() throws Exception {
    p.run("-q", "upgrade", "heads").succeeded();

    CliRun.Result run = p.run("rename-revision", A, "a1a1a1a1a1a1");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).contains("rename " + A + " -> a1a1a1a1a1a1");
    assertThat(files()).containsKeys("a1a1a1a1a1a1_first.sql", B + "_second.sql").doesNotContainKey(A + "_first.sql");
    assertThat(column("app.db", "SELECT version_num FROM retort_version")).containsExactly(B);
    assertThat(p.run("status").succeeded().outLines()).allMatch(l -> l.startsWith("applied"));
    Map<String, String> after = files();

    CliRun.Result again = p.run("rename-revision", A, "a1a1a1a1a1a1");

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEmpty();
    assertThat(again.errLines()).containsExactly("nothing to rename: a1a1a1a1a1a1 is already the id in the files and the database");
    assertThat(files()).isEqualTo(after);
  }

  @Test
  void renameRevision_illegalNewId_failsWithA006_andChangesNothing() {
    Map<String, String> before = files();

    p.run("rename-revision", A, "not-an-id").failedWith("RT-A006");

    assertThat(files()).isEqualTo(before);
  }

  @Test
  void rewriteIds_withoutASelection_isAUsageError() {
    p.run("rewrite-ids").usageError();
    p.run("rewrite-ids", "--apply-mapping", "x.json", "--all").usageError();
  }

  @Test
  void rewriteIds_writesAMapping_thatBringsAnotherDatabaseAlong() throws Exception {
    p.run("-q", "upgrade", "heads").succeeded();
    p.run("-q", "--url", "sqlite:other.db", "upgrade", A).succeeded();

    CliRun.Result run = p.run("rewrite-ids", "--longer-than", "12", "--mapping-out", "ids.tsv");

    assertThat(run.exitCode()).isZero();
    List<String> mapping = Files.readAllLines(dir.resolve("ids.tsv")).stream().filter(l -> l.startsWith(A)).toList();
    assertThat(mapping).singleElement().satisfies(l -> assertThat(l).matches(A + "\t[0-9a-f]{12}"));
    String newId = mapping.get(0).split("\t")[1];
    assertThat(run.outLines()).contains("write " + TestProject.shown(dir.resolve("ids.tsv")));

    p.run("rewrite-ids", "--apply-mapping", "ids.tsv", "--url", "sqlite:other.db").succeeded();

    assertThat(column("other.db", "SELECT version_num FROM retort_version")).containsExactly(newId);
    assertThat(p.run("--url", "sqlite:other.db", "status").succeeded().outLines())
        .anyMatch(l -> l.startsWith("applied") && l.contains(newId));
    CliRun.Result again = p.run("rewrite-ids", "--apply-mapping", "ids.tsv", "--url", "sqlite:other.db");
    assertThat(again.errLines()).containsExactly("nothing to rename: the database already records the new ids");
  }

  private static String sha(String text) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
