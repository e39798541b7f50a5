package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort -c alembic.ini lint} on unchanged Alembic projects: the failures Retort exists to stop
 * (a 34-character id, a down_revision naming a file, two heads, a merge pointing at a deleted revision, a
 * jsonb operator on a json column), each found with its file, line and fix in Python's spelling; the SQL
 * rules on {@code op.execute} literals at their lines in the {@code .py} file; SARIF; the dialect from
 * {@code sqlalchemy.url}. Revisions are written as Alembic 1.20's template writes them ({@link AlembicFiles}).
 */
class AlembicLintCliTest {
  @TempDir Path tmp;
  private Path project;
  private AlembicFiles files;

  @BeforeEach
  void project() throws IOException {
    project = tmp.resolve("app");
    files = AlembicFiles.init(project, "postgresql+psycopg2://app:secret@db/app");
    files.revision("1975ea83b712", List.of(), "create events",
        "op.execute(\"CREATE TABLE events (id BIGINT PRIMARY KEY, payload json NOT NULL)\")");
  }

  private CliRun.Result lint(String... args) {
    List<String> all = new ArrayList<>(List.of("-c", "alembic.ini", "lint"));
    all.addAll(List.of(args));
    return CliRun.run(project, Map.of(), all.toArray(String[]::new));
  }

  private static JsonNode only(CliRun.Result result, String code) {
    List<JsonNode> found = new ArrayList<>();
    result.json().forEach(f -> {
      if (f.get("code").asText().equals(code)) {
        found.add(f);
      }
    });
    assertThat(found).as("%s in %s", code, result.out()).hasSize(1);
    return found.get(0);
  }

  @Test
  void idOf34Characters_errorAtTheRevisionLine_fixIsAShortId() throws IOException {
    String id = "add_users_table_and_their_emails_x";
    files.revision(id, "1975ea83b712", "add users", "op.execute(\"CREATE TABLE users (id BIGINT PRIMARY KEY)\")");

    CliRun.Result result = lint("--format", "json");

    assertThat(result.exitCode()).isEqualTo(1);
    JsonNode finding = only(result, "RT109");
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("file").asText()).isEqualTo("alembic/versions/" + id + "_add_users.py");
    assertThat(finding.get("line").asInt()).isEqualTo(AlembicFiles.REVISION_LINE);
    assertThat(finding.get("message").asText()).contains("34 characters").contains("VARCHAR(32)");
    assertThat(finding.get("fix").asText()).matches("revision = \"[0-9a-f]{12}\" \\(and change the down_revision.*");
  }

  @Test
  void downRevisionNamingAFile_withOrWithoutPy_errorNamesTheRealId() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "add users", "op.execute(\"CREATE TABLE users (id INT)\")");
    Path child = files.revision("3e1f5c8a9b0d", "27a6b2fa3c5d_add_users.py", "audit", "op.execute(\"SELECT 1\")");

    CliRun.Result result = lint();

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("alembic/versions/3e1f5c8a9b0d_audit.py:" + AlembicFiles.DOWN_REVISION_LINE
            + ": error[RT102] down_revision '27a6b2fa3c5d_add_users.py' names no revision; that is the file name of ")
        .contains("alembic/versions/27a6b2fa3c5d_add_users.py; its revision id is 27a6b2fa3c5d")
        .contains("fix: down_revision = \"27a6b2fa3c5d\"");

    Files.writeString(child, Files.readString(child).replace("'27a6b2fa3c5d_add_users.py'", "'27a6b2fa3c5d_add_users'"));
    assertThat(lint().out()).contains("error[RT102] down_revision '27a6b2fa3c5d_add_users' names no revision")
        .contains("fix: down_revision = \"27a6b2fa3c5d\"");
  }

  @Test
  void duplicateId_errorOnTheSecondFile_fixInPython() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "add users", "op.execute(\"CREATE TABLE users (id INT)\")");
    files.revision("27a6b2fa3c5d", "1975ea83b712", "add users again", "op.execute(\"SELECT 1\")");

    JsonNode finding = only(lint("--format", "json"), "RT103");

    assertThat(finding.get("file").asText()).isEqualTo("alembic/versions/27a6b2fa3c5d_add_users_again.py");
    assertThat(finding.get("line").asInt()).isEqualTo(AlembicFiles.REVISION_LINE);
    assertThat(finding.get("fix").asText()).contains("revision = \"<12 hex digits>\"")
        .contains("down_revision/depends_on");
  }

  @Test
  void twoHeads_errorWithAlembicMerge() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "add users", "op.execute(\"CREATE TABLE users (id INT)\")");
    files.revision("3e1f5c8a9b0d", "1975ea83b712", "add orders", "op.execute(\"CREATE TABLE orders (id INT)\")");

    CliRun.Result result = lint("--format", "json");

    JsonNode finding = only(result, "RT101");
    assertThat(finding.get("message").asText())
        .isEqualTo("2 heads: 27a6b2fa3c5d (27a6b2fa3c5d_add_users.py), 3e1f5c8a9b0d (3e1f5c8a9b0d_add_orders.py);"
            + " 'alembic upgrade head' would fail");
    assertThat(finding.get("file").asText()).isEqualTo("alembic/versions/3e1f5c8a9b0d_add_orders.py");
    assertThat(finding.get("line").asInt()).isEqualTo(AlembicFiles.REVISION_LINE);
    assertThat(finding.get("fix").asText()).isEqualTo("alembic merge heads -m \"merge heads\"");
  }

  @Test
  void lintLevelsInAlembicIni_retortLintSection_switchARuleOff() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "add users", "op.execute(\"CREATE TABLE users (id INT)\")");
    files.revision("3e1f5c8a9b0d", "1975ea83b712", "add orders", "op.execute(\"DROP INDEX ix_orders\")");
    Path ini = project.resolve("alembic.ini");
    Files.writeString(ini, Files.readString(ini) + "\n[retort.lint]\n# the branches stay apart: upgrade heads\n"
        + "RT101 = off\nRT201 = error\n");

    CliRun.Result result = lint("--format", "json");

    assertThat(result.out()).doesNotContain("RT101");
    assertThat(only(result, "RT201").get("severity").asText()).isEqualTo("error");
  }

  @Test
  void mergePointingAtADeletedRevision_errorOnTheMerge_fixTakesItOut() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "add users", "op.execute(\"CREATE TABLE users (id INT)\")");
    files.revision("5b8e2f0c4d6a", List.of("27a6b2fa3c5d", "4c2d7e6f1a3b"), "merge", "pass");

    JsonNode finding = only(lint("--format", "json"), "RT102");

    assertThat(finding.get("file").asText()).isEqualTo("alembic/versions/5b8e2f0c4d6a_merge.py");
    assertThat(finding.get("line").asInt()).isEqualTo(AlembicFiles.DOWN_REVISION_LINE);
    assertThat(finding.get("message").asText()).isEqualTo("down_revision '4c2d7e6f1a3b' names no revision;"
        + " no revision id resembles '4c2d7e6f1a3b' (was the file deleted?)");
    assertThat(finding.get("fix").asText())
        .isEqualTo("restore the deleted revision 4c2d7e6f1a3b, or take it out of the merge: down_revision = \"27a6b2fa3c5d\"");
  }

  @Test
  void jsonbOperatorOnAJsonColumnCreatedByOpExecute_errorAtTheLineInThePyFile() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "purge stale events", String.join("\n",
        "op.execute(",
        "    sa.text(",
        "        \"\"\"",
        "        DELETE FROM events",
        "        WHERE payload @> '{\"stale\": true}'",
        "        \"\"\"",
        "    )",
        ")"));
    String url = "sqlite:///" + tmp.resolve("empty.db");

    CliRun.Result result = lint("--url", url, "--format", "json");

    JsonNode finding = only(result, "RT304");
    assertThat(finding.get("file").asText()).isEqualTo("alembic/versions/27a6b2fa3c5d_purge_stale_events.py");
    assertThat(finding.get("line").asInt()).isEqualTo(AlembicFiles.BODY_LINE + 4);
    assertThat(finding.get("message").asText())
        .startsWith("events.payload is json as declared by revision 1975ea83b712 (not yet applied), and @> exists only for jsonb");
    assertThat(finding.get("fix").asText())
        .isEqualTo("cast it: payload::jsonb @> ... (or declare the column jsonb in revision 1975ea83b712)");
  }

  @Test
  void jsonbOperatorOnJsonColumnsFromCreateTableAndAddColumn_found() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "tickets", String.join("\n",
        "op.create_table(",
        "    \"tickets\",",
        "    sa.Column(\"id\", sa.Integer(), primary_key=True),",
        "    sa.Column(\"labels\", sa.JSON(), nullable=True),",
        ")",
        "op.add_column(\"tickets\", sa.Column(\"extra\", postgresql.JSON(astext_type=sa.Text())))"));
    files.revision("3e1f5c8a9b0d", "27a6b2fa3c5d", "query tickets", String.join("\n",
        "op.execute(\"UPDATE tickets SET id = id WHERE labels ? 'urgent'\")",
        "op.execute(\"UPDATE tickets SET id = id WHERE extra @> '{}'\")",
        "op.execute(f\"UPDATE tickets SET id = id WHERE extra ? '{KEY}'\")  # computed: skipped"));

    CliRun.Result result = lint("--url", "sqlite:///" + tmp.resolve("empty.db"));

    assertThat(result.out())
        .contains("alembic/versions/3e1f5c8a9b0d_query_tickets.py:" + AlembicFiles.BODY_LINE
            + ": error[RT304] tickets.labels is json as declared by revision 27a6b2fa3c5d")
        .contains("alembic/versions/3e1f5c8a9b0d_query_tickets.py:" + (AlembicFiles.BODY_LINE + 1)
            + ": error[RT304] tickets.extra is json as declared by revision 27a6b2fa3c5d")
        .doesNotContain("query_tickets.py:" + (AlembicFiles.BODY_LINE + 2));
  }

  @Test
  void sqlRulesOnOpExecuteLiterals_linesInThePyFile_ignoreComment_sarifRelativeToTheWorkingFolder() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "drop old index", String.join("\n",
        "op.execute(\"ANALYZE events\")",
        "op.execute(",
        "    \"DROP INDEX \"",
        "    \"ix_events_old\"",
        ")",
        "conn = op.get_bind()",
        "conn.execute(text('''",
        "    UPDATE events SET id = id;",
        "    DROP TABLE scratch;",
        "'''))",
        "op.execute(\"DROP INDEX %s\" % name)  # computed: skipped"));

    CliRun.Result text = lint();
    assertThat(text.out())
        .contains("27a6b2fa3c5d_drop_old_index.py:" + (AlembicFiles.BODY_LINE + 2)
            + ": warning[RT201] DROP INDEX ix_events_old has no IF EXISTS")
        .contains("fix: DROP INDEX IF EXISTS ix_events_old")
        .contains("27a6b2fa3c5d_drop_old_index.py:" + (AlembicFiles.BODY_LINE + 8) + ": warning[RT201] DROP TABLE scratch")
        .doesNotContain("DROP INDEX %s");

    Path file = project.resolve("alembic/versions/27a6b2fa3c5d_drop_old_index.py");
    Files.writeString(file, "# retort:lint-ignore RT201 the indexes are gone on every database\n" + Files.readString(file));
    assertThat(lint().out()).doesNotContain("RT201");

    Files.writeString(file, Files.readString(file).substring(Files.readString(file).indexOf('\n') + 1));
    JsonNode sarif = CliRun.run(tmp, Map.of(), "-c", "app/alembic.ini", "lint", "--format", "sarif").json();
    JsonNode result = null;
    for (JsonNode r : sarif.at("/runs/0/results")) {
      if (r.get("ruleId").asText().equals("RT201")) {
        result = r;
        break;
      }
    }
    assertThat(result).isNotNull();
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("app/alembic/versions/27a6b2fa3c5d_drop_old_index.py");
    assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(AlembicFiles.BODY_LINE + 2);
  }

  @Test
  void concurrently_outsideAnAutocommitBlockOnPostgresql_butNotOnMysqlFromSqlalchemyUrl() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "index events", String.join("\n",
        "op.execute(\"CREATE INDEX CONCURRENTLY ix_a ON events (id)\")",
        "with op.get_context().autocommit_block():",
        "    op.execute(\"CREATE INDEX CONCURRENTLY ix_b ON events (id)\")"));

    CliRun.Result postgres = lint("--format", "json");
    JsonNode finding = only(postgres, "RT113");
    assertThat(finding.get("line").asInt()).isEqualTo(AlembicFiles.BODY_LINE);
    assertThat(finding.get("fix").asText()).contains("with op.get_context().autocommit_block():");

    files.url("mysql+pymysql://app:secret@db/app");
    assertThat(lint().out()).doesNotContain("RT113");
  }

  @Test
  void downgrade_passIsAnEmptyDowngrade_noDefDowngradeIsRT111() throws IOException {
    Path file = files.revision("27a6b2fa3c5d", "1975ea83b712", "add users", "op.execute(\"CREATE TABLE users (id INT)\")");
    assertThat(lint().out()).doesNotContain("RT111").doesNotContain("RT112");

    String text = Files.readString(file);
    Files.writeString(file, text.substring(0, text.indexOf("def downgrade()")));
    assertThat(lint().out()).contains("27a6b2fa3c5d_add_users.py:" + AlembicFiles.REVISION_LINE
        + ": warning[RT111] revision 27a6b2fa3c5d has no def downgrade()");
  }

  @Test
  void emptyUpgradeOutsideAMerge_RT112AtTheDef() throws IOException {
    files.revision("27a6b2fa3c5d", "1975ea83b712", "nothing", "pass");

    assertThat(lint().out()).contains("27a6b2fa3c5d_nothing.py:" + (AlembicFiles.BODY_LINE - 2)
        + ": warning[RT112] revision 27a6b2fa3c5d has an empty def upgrade()");
  }

  @Test
  void malformedHeaders_oneFindingEach_withFileAndLine() throws IOException {
    Path syntax = files.revision("27a6b2fa3c5d", "1975ea83b712", "unclosed", "pass");
    Files.writeString(syntax, Files.readString(syntax).replace("= '1975ea83b712'", "= ('1975ea83b712'"));
    Path missing = files.revision("3e1f5c8a9b0d", "1975ea83b712", "no id", "pass");
    Files.writeString(missing, Files.readString(missing).replace("revision: str = '3e1f5c8a9b0d'\n", ""));
    Path latin1 = files.revision("4c2d7e6f1a3b", "1975ea83b712", "latin1", "pass");
    Files.write(latin1, Files.readString(latin1).replace("latin1", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));

    CliRun.Result result = lint("--format", "json");

    List<String> found = new ArrayList<>();
    result.json().forEach(f -> found.add(f.get("code").asText() + " " + f.get("file").asText() + ":"
        + f.get("line").asInt()));
    assertThat(found).contains(
        "RT110 alembic/versions/27a6b2fa3c5d_unclosed.py:" + AlembicFiles.DOWN_REVISION_LINE,
        "RT110 alembic/versions/3e1f5c8a9b0d_no_id.py:" + (AlembicFiles.DOWN_REVISION_LINE - 1),
        "RT110 alembic/versions/4c2d7e6f1a3b_latin1.py:1");
    assertThat(found.stream().filter(f -> f.startsWith("RT110"))).hasSize(3);
  }

  @Test
  void lintExamplesInComingFromAlembic_areWhatLintPrints() throws IOException {
    files.revision("1975ea83b712", List.of(), "create events",
        "op.execute(\"CREATE TABLE events (id BIGINT PRIMARY KEY, kind TEXT, payload json)\")");
    files.revision("27a6b2fa3c5d", "1975ea83b712_create_events.py", "add users",
        "op.create_table(\"users\", sa.Column(\"id\", sa.BigInteger(), primary_key=True))");
    files.revision("add_email_verification_to_accounts", "27a6b2fa3c5d", "email verification",
        "op.add_column(\"users\", sa.Column(\"verified\", sa.Boolean()))");
    files.revision("3e1f5c8a9b0d", "add_email_verification_to_accounts", "purge stale events", String.join("\n",
        "op.execute(\"DROP INDEX ix_events_kind\")",
        "op.execute(sa.text(\"DELETE FROM events WHERE payload @> '{\\\"stale\\\": true}'\"))"));
    String doc = Files.readString(Path.of("..", "docs", "coming-from-alembic.md"), StandardCharsets.UTF_8);

    // in-process, a path in a message is shown against the JVM's folder, not the run's: drop the project's
    assertThat(CliRun.lines(lint().out().replace(project + "/", "")))
        .isEqualTo(example(doc, "$ retort -c alembic.ini lint\n"));
    List<String> withDatabase = lint("--url", "sqlite:///" + tmp.resolve("empty.db")).outLines();
    List<String> documented = example(doc, "$ retort -c alembic.ini lint --url postgresql://ci@localhost/ci\n");
    assertThat(withDatabase).containsSequence(documented);
  }

  /** The lines of the fenced example that starts with {@code command}, without the command. */
  private static List<String> example(String doc, String command) {
    int start = doc.indexOf(command);
    assertThat(start).as("example '%s' in docs/coming-from-alembic.md", command.strip()).isNotNegative();
    int from = start + command.length();
    return CliRun.lines(doc.substring(from, doc.indexOf("```", from)));
  }
}
