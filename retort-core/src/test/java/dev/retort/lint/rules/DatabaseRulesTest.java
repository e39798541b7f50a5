package dev.retort.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.lint.Finding;
import dev.retort.lint.LintDatabase;
import dev.retort.lint.Severity;
import dev.retort.script.ScriptDirectory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RT301-RT304 on a database as read (the readers are tested on real databases in retort-it). */
class DatabaseRulesTest {
  @TempDir Path tmp;

  private static Optional<LintDatabase> db(Set<String> rows, Map<String, String> sums, int width, Map<String, String> types) {
    return Optional.of(new LintDatabase(rows, sums, width < 0 ? OptionalInt.empty() : OptionalInt.of(width), types));
  }

  @Test
  void withoutADatabaseTheyFindNothing() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "SELECT 1 FROM t WHERE doc ? 'x';");
    for (String code : new String[] {"RT301", "RT302", "RT303", "RT304"}) {
      assertThat(p.findings(code)).isEmpty();
    }
  }

  @Test
  void rt301_appliedRevisionMissingScript() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "SELECT 1;");
    assertThat(p.findings("RT301", db(Set.of("gone99"), Map.of(), -1, Map.of()))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("gone99").contains("deleted");
      assertThat(f.location()).isNull();
    });
    assertThat(p.findings("RT301", db(Set.of("a1"), Map.of(), -1, Map.of()))).isEmpty();
  }

  @Test
  void rt302_appliedRevisionEdited() {
    LintFixture p = new LintFixture(tmp);
    Path file = p.revision("a1", "SELECT 1;");
    String sum = ScriptDirectory.read(file).checksum();
    assertThat(p.findings("RT302", db(Set.of("a1"), Map.of("a1", "0".repeat(64)), -1, Map.of())))
        .singleElement().satisfies(f -> {
          assertThat(f.message()).contains("a1 changed since it was applied");
          assertThat(f.fix()).contains("revert the file").contains("new revision");
          assertThat(f.location().file()).isEqualTo(file);
        });
    assertThat(p.findings("RT302", db(Set.of("a1"), Map.of("a1", sum), -1, Map.of()))).isEmpty();
  }

  @Test
  void rt303_versionColumnTooNarrow() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "SELECT 1;");
    String longId = "merge_notifications_into_activityx"; // 34 characters, like the incident's
    p.revision(longId, "SELECT 1;");
    assertThat(p.findings("RT303", db(Set.of("a1"), Map.of(), 32, Map.of()))).singleElement().satisfies(f -> {
      assertThat(f.message()).contains(longId).contains("34 characters").contains("VARCHAR(32)");
      assertThat(f.fix()).contains("ALTER TABLE alembic_version ALTER COLUMN version_num TYPE VARCHAR(255)")
          .contains("auto_widen_version_column");
    });
    assertThat(p.findings("RT303", db(Set.of("a1"), Map.of(), 255, Map.of()))).isEmpty();
    assertThat(p.findings("RT303", db(Set.of(), Map.of(), -1, Map.of()))).isEmpty();
  }

  @Test
  void rt304_jsonbOperatorOnJsonColumn_inPendingRevisions() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "SELECT 1 FROM mail_user_status s WHERE s.value ? 'old';");
    Path pending = p.revision("b2", "UPDATE mail_user_status\n  SET x = 1\n  WHERE value ? 'resolved'\n"
        + "    OR value ?| array['a'] OR value->'k' @> '{}' OR value::jsonb ? 'ok' OR value->>'is_read' IS NOT NULL;");
    Map<String, String> types = Map.of("mail_user_status.value", "json", "mail_user_status.x", "int4",
        "other.value", "json");
    var found = p.findings("RT304", db(Set.of("a1"), Map.of("a1", "s"), -1, types));
    assertThat(found).hasSize(3).allSatisfy(f -> {
      assertThat(f.location().file()).isEqualTo(pending);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("mail_user_status.value is json");
    });
    assertThat(found.get(0).location().line()).isEqualTo(p.context(Optional.empty()).headers().get(1).idLine() + 7);
    assertThat(found.get(0).fix()).contains("value->>'key' IS NOT NULL").contains("value::jsonb ?");

    // applied revisions are history, whether the history table says so or the graph (an ancestor of a row)
    assertThat(p.findings("RT304", db(Set.of("b2"), Map.of(), -1, types))).isEmpty();
    p.revision("c3", "SELECT 1;");
    assertThat(p.findings("RT304", db(Set.of("c3"), Map.of(), -1, types))).isEmpty();

    Map<String, String> jsonb = Map.of("mail_user_status.value", "jsonb");
    assertThat(p.findings("RT304", db(Set.of("a1"), Map.of(), -1, jsonb))).isEmpty();
  }

  @Test
  void rt304_jsonColumnCreatedByAPendingRevision_isFollowedInGraphOrder() {
    LintFixture p = new LintFixture(tmp);
    // z9 sorts after a1 by path, but a1 revises z9: the graph's order, not the paths', decides
    p.revision("z9", "CREATE TABLE events (id INT PRIMARY KEY, payload JSON, doc JSONB);");
    Path use = p.revision("a1", "SELECT 1;\nSELECT id FROM events\n  WHERE payload @> '{}' AND doc ? 'k';");
    assertThat(p.findings("RT304", db(Set.of(), Map.of(), -1, Map.of()))).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo(use);
      assertThat(f.location().line()).isEqualTo(8); // the upgrade starts on line 6
      assertThat(f.message()).startsWith("events.payload is json as declared by revision z9 (not yet applied), and @>");
      assertThat(f.fix()).contains("payload::jsonb @> ...").contains("declare the column jsonb in revision z9");
    });
    // once z9 is applied the database has the table: the finding is the database's, as before
    assertThat(p.findings("RT304", db(Set.of("z9"), Map.of(), -1, Map.of("events.payload", "json"))))
        .singleElement().satisfies(f -> assertThat(f.message()).contains("events.payload is json in the database"));
  }

  @Test
  void rt304_pendingAddColumnAndAlterType_changeTheTypeFromThatStatementOn() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "SELECT 1;");
    p.revision("b2", "ALTER TABLE docs ADD COLUMN IF NOT EXISTS meta json NOT NULL DEFAULT '{}',"
        + " ALTER COLUMN body SET DATA TYPE pg_catalog.jsonb USING body::jsonb;");
    p.revision("c3", "SELECT 1 FROM docs WHERE meta ? 'x';\nSELECT 1 FROM docs WHERE body ? 'x';");
    p.revision("d4", "ALTER TABLE docs ALTER meta TYPE JSONB USING meta::jsonb;\nSELECT 1 FROM docs WHERE meta ? 'x';");
    var found = p.findings("RT304", db(Set.of("a1"), Map.of(), -1, Map.of("docs.body", "json", "docs.id", "int4")));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location().file().getFileName().toString()).startsWith("c3");
      assertThat(f.message()).startsWith("docs.meta is json as declared by revision b2");
    });
  }

  @Test
  void rt304_aUseBeforeThePendingConversionToJsonb_stillFails() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "SELECT 1;");
    Path early = p.revision("b2", "DELETE FROM events WHERE payload ? 'old';");
    p.revision("c3", "ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;");
    p.revision("d4", "DELETE FROM events WHERE payload ? 'new';");
    assertThat(p.findings("RT304", db(Set.of("a1"), Map.of(), -1, Map.of("events.payload", "json"))))
        .singleElement().satisfies(f -> {
          assertThat(f.location().file()).isEqualTo(early);
          assertThat(f.message()).contains("events.payload is json in the database");
        });
  }

  @Test
  void rt304_createTable_replacesTheTableUnlessIfNotExistsFindsIt() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "SELECT 1;");
    p.revision("b2", "CREATE TABLE IF NOT EXISTS events (payload jsonb);\nSELECT 1 FROM events WHERE payload ? 'x';");
    p.revision("c3", "DROP TABLE events;\nCREATE TABLE events (payload jsonb, tags json[]);");
    p.revision("d4", "SELECT 1 FROM events WHERE payload ? 'x' OR tags @> ARRAY['{}'::json];");
    // events exists in the database, so b2's CREATE TABLE IF NOT EXISTS leaves payload json
    assertThat(p.findings("RT304", db(Set.of("a1"), Map.of(), -1, Map.of("events.payload", "json"))))
        .singleElement().satisfies(f -> assertThat(f.location().file().getFileName().toString()).startsWith("b2"));
  }

  @Test
  void rt304_createTableJSqlParserCannotRead_isReadTokenByToken() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "CREATE UNLOGGED TABLE \"Audit\" (id int GENERATED ALWAYS AS IDENTITY, \"Data\" json,"
        + " note text DEFAULT 'a, b', LIKE other INCLUDING ALL) PARTITION BY RANGE (id);");
    p.revision("b2", "SELECT 1 FROM \"Audit\" a WHERE a.data ?| array['x'];");
    assertThat(p.findings("RT304", db(Set.of(), Map.of(), -1, Map.of()))).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("audit.data is json as declared by revision a1"));
  }

  @Test
  void rt304_malformedDeclarations_areReadAsFarAsTheyGo() {
    LintFixture p = new LintFixture(tmp);
    p.revision("a1", "CREATE TABLE events (payload json;"); // JSqlParser fails; the tokens still say json
    p.revision("b2", "ALTER TABLE events ADD COLUMN;\nSELECT 1 FROM events WHERE payload ? 'x';");
    assertThat(p.findings("RT304", db(Set.of(), Map.of(), -1, Map.of()))).hasSize(1);
  }
}
