package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retort on an Alembic project as Alembic 1.20 made it (test resource {@code alembic-project/}: {@code alembic
 * init}, five {@code alembic revision}/{@code merge} files, and {@code app.db} upgraded by Alembic to {@code
 * 4c2d7e6f1a3b} and {@code 3e1f5c8a9b0d}); the expected lines under {@code expected/} are Alembic's own output
 * for the same project (see the resource's README).
 */
class AlembicProjectCliTest {
  private static final String MERGE = "5b8e2f0c4d6a";

  @TempDir Path tmp;
  private Path project;
  private Path elsewhere;

  @BeforeEach
  void copyProject() throws IOException, URISyntaxException {
    project = AlembicProjectCopy.into(tmp.resolve("app"));
    elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
  }

  /** {@code retort -c <project>/alembic.ini ...} run from another folder, so only %(here)s finds the files. */
  private CliRun.Result retort(String... args) {
    List<String> all = new ArrayList<>(List.of("-c", project.resolve("alembic.ini").toString()));
    all.addAll(List.of(args));
    return CliRun.run(elsewhere, Map.of(), all.toArray(String[]::new));
  }

  private List<String> alembicSaid(String command) throws IOException {
    return CliRun.lines(Files.readString(project.resolve("expected/alembic-" + command + ".txt"), StandardCharsets.UTF_8));
  }

  private List<String> query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  private List<String> tables() throws SQLException {
    return query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  }

  private List<String> versionRows() throws SQLException {
    return query("SELECT version_num FROM alembic_version ORDER BY version_num");
  }

  @Test
  void heads_history_branches_sameAsAlembic() throws IOException {
    assertThat(retort("heads").succeeded().outLines()).isEqualTo(alembicSaid("heads"));
    assertThat(retort("history").succeeded().outLines()).isEqualTo(alembicSaid("history"));
    assertThat(retort("branches").succeeded().outLines()).isEqualTo(alembicSaid("branches"));
  }

  @Test
  void show_messageAndParentFromThePythonHeader() throws IOException {
    List<String> shown = retort("show", "4c2d7e6f1a3b").succeeded().outLines();

    // Alembic prints the docstring; the first lines (revision, parent) and the message agree
    assertThat(shown.get(0)).isEqualTo(alembicSaid("show").get(0));
    assertThat(shown.get(1)).isEqualTo(alembicSaid("show").get(1));
    assertThat(String.join("\n", shown)).contains("index accounts by email")
        .contains("4c2d7e6f1a3b_index_accounts_by_email.py");
  }

  @Test
  void graph_drawsThePythonRevisionsWithTheMergeAndLabel() {
    assertThat(retort("graph").succeeded().outLines()).containsExactly(
        "* " + MERGE + " (head) (mergepoint), join audit and accounts",
        "|\\",
        "* | 3e1f5c8a9b0d (audit), audit log",
        " /",
        "* 4c2d7e6f1a3b, index accounts by email",
        "* 27a6b2fa3c5d, add email to accounts",
        "* 1975ea83b712, create accounts");
    assertThat(retort("graph", "--format", "mermaid").succeeded().out())
        .contains("1975ea83b712").contains(MERGE).contains("3e1f5c8a9b0d");
    assertThat(retort("graph", "--format", "dot").succeeded().out()).startsWith("digraph");
  }

  @Test
  void show_head_theMergeWithBothParentsItsLabelAndFile() {
    List<String> shown = retort("show", "head").succeeded().outLines();

    assertThat(shown).startsWith(
        "Rev: " + MERGE + " (head) (mergepoint)", "Merges: 3e1f5c8a9b0d, 4c2d7e6f1a3b", "Branch names: audit");
    assertThat(String.join("\n", shown)).contains(MERGE + "_join_audit_and_accounts.py")
        .contains("    join audit and accounts");
  }

  @Test
  void current_readsTheRowsAlembicWrote() throws IOException {
    CliRun.Result result = retort("current", "--json").succeeded();

    List<String> ids = new ArrayList<>();
    result.json().forEach(row -> ids.add(row.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrderElementsOf(alembicSaid("current"));
  }

  @Test
  void status_appliedAndPending_noneEditedWithoutRecordedChecksums() throws SQLException {
    List<String> before = tables();

    JsonNode status = retort("status", "--json").succeeded().json();

    Map<String, String> states = new TreeMap<>();
    status.forEach(entry -> states.put(entry.get("id").asText(), entry.get("state").asText()));
    assertThat(states).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "1975ea83b712", "applied",
        "27a6b2fa3c5d", "applied",
        "3e1f5c8a9b0d", "applied",
        "4c2d7e6f1a3b", "applied",
        MERGE, "pending")));
    assertThat(tables()).as("status only reads").isEqualTo(before);
  }

  @Test
  void upgrade_refusedBeforeTouchingTheDatabase() throws SQLException {
    List<String> tablesBefore = tables();
    List<String> rowsBefore = versionRows();

    CliRun.Result result = retort("upgrade", "head").failedWith("RT-S032");

    assertThat(result.err()).contains("revision " + MERGE + " is an Alembic Python revision")
        .contains(MERGE + "_join_audit_and_accounts.py")
        .contains("alembic upgrade " + MERGE)
        .contains("retort stamp " + MERGE);
    assertThat(tables()).isEqualTo(tablesBefore);
    assertThat(versionRows()).isEqualTo(rowsBefore);
  }

  @Test
  void downgradeAndOfflineSql_refusedToo() throws SQLException {
    List<String> rowsBefore = versionRows();

    retort("downgrade", "audit@base").failedWith("RT-S032");
    CliRun.Result offline = retort("upgrade", "--sql", "base:head").failedWith("RT-S032");

    assertThat(offline.err()).contains("1975ea83b712");
    assertThat(versionRows()).isEqualTo(rowsBefore);
  }

  @Test
  void upgradeToWhatIsApplied_succeedsWithNothingToRun() throws SQLException {
    CliRun.Result result = retort("upgrade", "4c2d7e6f1a3b");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("nothing to do");

    assertThat(versionRows()).containsExactly("3e1f5c8a9b0d", "4c2d7e6f1a3b");
  }

  @Test
  void stamp_recordsTheMergeWithoutRunningIt_asAlembicStampDoes() throws SQLException {
    CliRun.Result result = retort("stamp", MERGE);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("Running stamp 3e1f5c8a9b0d, 4c2d7e6f1a3b -> " + MERGE);

    assertThat(versionRows()).containsExactly(MERGE);
    assertThat(retort("current").succeeded().out()).contains(MERGE);
  }

  @Test
  void discovery_alembicIniInTheWorkingFolder_isReadWithoutDashC() {
    CliRun.Result result = CliRun.run(project, Map.of(), "heads").succeeded();

    assertThat(result.out()).contains(MERGE);
  }

  @Test
  void relativeSqliteUrlAndScriptLocation_takenAgainstTheWorkingFolderAsAlembicDoes() throws IOException {
    Path ini = project.resolve("alembic.ini");
    String text = Files.readString(ini);
    Files.writeString(ini, text.replace("script_location = %(here)s/alembic", "script_location = alembic")
        .replace("sqlalchemy.url = sqlite:///%(here)s/app.db", "sqlalchemy.url = sqlite:///app.db"));

    CliRun.Result fromProject = CliRun.run(project, Map.of(), "-c", "alembic.ini", "current", "--json").succeeded();
    CliRun.Result fromElsewhere = retort("heads");

    assertThat(fromProject.json()).hasSize(2);
    fromElsewhere.failedWith("RT-S006");
    assertThat(fromElsewhere.err()).contains("elsewhere");
  }

  @Test
  void pythonRevisionWithComputedId_oneErrorWithFileLineAndFix() throws IOException {
    Path file = project.resolve("alembic/versions/27a6b2fa3c5d_add_email_to_accounts.py");
    String text = Files.readString(file);
    Files.writeString(file, text.replace("revision: str = '27a6b2fa3c5d'", "revision: str = new_id()"));

    CliRun.Result result = retort("heads").failedWith("RT-S030");

    assertThat(result.err()).contains("27a6b2fa3c5d_add_email_to_accounts.py:")
        .contains("revision: str = new_id()")
        .contains("fix: write the id itself as a string");
  }
}
