package dev.retort.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code lint --url} (RT301-RT304) and {@code status --check} against each real database (RT304
 * on PostgreSQL, whose json and jsonb it is about); the database is only read.
 */
class LintDatabaseTest {
  @RegisterExtension static final PgServer PG = new PgServer();

  @TempDir Path tmp;

  private static List<JsonNode> withCode(JsonNode findings, String code) {
    List<JsonNode> out = new ArrayList<>();
    findings.forEach(f -> {
      if (f.get("code").asText().equals(code)) {
        out.add(f);
      }
    });
    return out;
  }

  private static JsonNode lint(Project p, TestDb db) {
    return Cli.run(p.dir(), Map.of(), "lint", "--format", "json", "--url", db.url()).json();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void editedAndDeletedAppliedFiles_areRt302AndRt301_andFailStatusCheck(Kind kind) throws Exception {
    Project p = Project.in(tmp.resolve("p"));
    p.rev("s1", "").table().write();
    p.rev("s2", "s1").table().write();
    p.rev("z1", "").labels("zed").table().write();
    TestDb db = kind.fresh(PG, tmp, "edited");
    p.run(db.env(), "upgrade", "heads").succeeded();
    assertThat(withCode(lint(p, db), "RT301")).isEmpty();
    assertThat(withCode(lint(p, db), "RT302")).isEmpty();
    p.run(db.env(), "status", "--check").succeeded();

    Files.writeString(p.path("s1"), Project.read(p.path("s1")) + "-- edited after it was applied\n");
    Files.delete(p.path("z1"));
    List<String> rowsBefore = db.rows();

    Cli.Result result = Cli.run(p.dir(), Map.of(), "lint", "--format", "json", "--url", db.url());
    assertThat(result.exitCode()).isEqualTo(1);
    List<JsonNode> edited = withCode(result.json(), "RT302");
    assertThat(edited).singleElement().satisfies(f -> {
      assertThat(f.get("file").asText()).endsWith(p.path("s1").getFileName().toString());
      assertThat(f.get("message").asText()).contains("s1 changed since it was applied");
      assertThat(f.get("severity").asText()).isEqualTo("error");
    });
    assertThat(withCode(result.json(), "RT301")).singleElement()
        .satisfies(f -> assertThat(f.get("message").asText()).contains("z1").contains("deleted"));

    Cli.Result status = p.run(db.env(), "status", "--check");
    assertThat(status.exitCode()).isEqualTo(1);
    assertThat(status.err()).contains("1 edited, 1 missing and 0 unresolved").contains("s1").contains("z1").contains("fix:");
    assertThat(status.out()).contains("edited").contains("missing");
    assertThat(db.rows()).isEqualTo(rowsBefore);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void narrowAlembicVersionColumn_isRt303(Kind kind) {
    Project p = Project.in(tmp.resolve("p"), "version_table = \"alembic_version\"");
    p.rev("s1", "").table().write();
    String longId = "merge_notifications_into_activityx";
    p.rev(longId, "s1").table().write();
    TestDb db = kind.fresh(PG, tmp, "narrow");
    db.exec("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version (version_num) VALUES ('s1')");

    List<JsonNode> found = withCode(lint(p, db), "RT303");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.get("message").asText()).contains(longId).contains("34 characters").contains("VARCHAR(32)");
      assertThat(f.get("fix").asText()).contains("VARCHAR(255)").contains("auto_widen_version_column");
    });
    assertThat(db.rows("alembic_version")).containsExactly("s1");
  }

  // RT304 and the rest of this file: PostgreSQL only (json and jsonb are PostgreSQL's types)
  @Test
  void jsonbOperatorOnAJsonColumn_inAPendingRevision_isRt304() {
    Project p = Project.in(tmp.resolve("p"));
    p.rev("s1", "").up("CREATE TABLE mail_user_status (id INT PRIMARY KEY, value JSON, doc JSONB);")
        .down("DROP TABLE mail_user_status;").write();
    p.rev("s2", "s1").up("DELETE FROM mail_user_status\n WHERE value ? 'resolved'\n   AND doc ? 'is_read';")
        .down("SELECT 1;").write();
    TestDb db = PG.newDatabase();
    p.run(db.env(), "upgrade", "s1").succeeded();

    List<JsonNode> found = withCode(lint(p, db), "RT304");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.get("file").asText()).endsWith(p.path("s2").getFileName().toString());
      assertThat(f.get("line").asInt()).isEqualTo(p.lineOf("s2", "WHERE value ?"));
      assertThat(f.get("message").asText()).contains("mail_user_status.value is json");
      assertThat(f.get("fix").asText()).contains("value->>'key' IS NOT NULL").contains("::jsonb");
    });
    // the finding is right: PostgreSQL rejects the statement
    Cli.Result upgrade = p.run(db.env(), "upgrade", "head");
    assertThat(upgrade.exitCode()).isEqualTo(1);
    assertThat(upgrade.err()).contains("operator does not exist: json ? unknown");
  }

  @Test
  void jsonColumnsCreatedByPendingRevisions_usedByALaterPendingOne_areRt304() {
    // the ids sort against the graph's order (c1 <- b2 <- a3): lint must follow the graph
    Project p = Project.in(tmp.resolve("p"));
    p.rev("c1", "").up("CREATE TABLE events (id INT PRIMARY KEY, payload JSON, doc JSONB);")
        .down("DROP TABLE events;").write();
    p.rev("b2", "c1").up("ALTER TABLE events ADD COLUMN meta json;").down("ALTER TABLE events DROP COLUMN meta;")
        .write();
    p.rev("a3", "b2").up("DELETE FROM events\n WHERE payload @> '{\"a\": 1}'\n    OR meta ? 'k'\n    OR doc ? 'k';")
        .down("SELECT 1;").write();
    TestDb db = PG.newDatabase();

    List<JsonNode> found = withCode(lint(p, db), "RT304");
    assertThat(found).hasSize(2).allSatisfy(f -> {
      assertThat(f.get("file").asText()).endsWith(p.path("a3").getFileName().toString());
      assertThat(f.get("severity").asText()).isEqualTo("error");
    });
    assertThat(found.get(0).get("line").asInt()).isEqualTo(p.lineOf("a3", "WHERE payload @>"));
    assertThat(found.get(0).get("message").asText()).startsWith(
        "events.payload is json as declared by revision c1 (not yet applied), and @> exists only for jsonb");
    assertThat(found.get(0).get("fix").asText())
        .contains("payload::jsonb @>", "declare the column jsonb in revision c1");
    assertThat(found.get(1).get("line").asInt()).isEqualTo(p.lineOf("a3", "OR meta ?"));
    assertThat(found.get(1).get("message").asText()).startsWith("events.meta is json as declared by revision b2");
    // the findings are right: PostgreSQL rejects a3 once c1 and b2 have run
    Cli.Result upgrade = p.run(db.env(), "upgrade", "head");
    assertThat(upgrade.exitCode()).isEqualTo(1);
    assertThat(upgrade.err()).contains("operator does not exist: json @>");
  }

  @Test
  void pendingConversionToJsonb_beforeTheUse_isNoRt304() {
    Project p = Project.in(tmp.resolve("p"));
    p.rev("s1", "").up("CREATE TABLE mail_user_status (id INT PRIMARY KEY, value JSON);")
        .down("DROP TABLE mail_user_status;").write();
    p.rev("s2", "s1").up("ALTER TABLE mail_user_status ALTER COLUMN value TYPE jsonb USING value::jsonb;")
        .down("ALTER TABLE mail_user_status ALTER COLUMN value TYPE json USING value::json;").write();
    p.rev("s3", "s2").up("DELETE FROM mail_user_status WHERE value ? 'resolved';").down("SELECT 1;").write();
    TestDb db = PG.newDatabase();
    p.run(db.env(), "upgrade", "s1").succeeded();

    assertThat(withCode(lint(p, db), "RT304")).isEmpty();
    // and PostgreSQL agrees
    p.run(db.env(), "upgrade", "head").succeeded();
  }
}
