package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ${name}} placeholders on a real SQLite file: online, offline, missing values, precedence, checksums. */
class PlaceholderTest {
  static final String ID = "cccc00000001";

  @TempDir Path dir;
  Path database;

  @BeforeEach
  void project() throws IOException {
    ApiProject.revision(dir.resolve("migrations/versions"), ID, "", "create table",
        "CREATE TABLE ${table_name} (id INTEGER PRIMARY KEY, owner TEXT DEFAULT '${owner}');",
        "DROP TABLE ${table_name};");
    Files.createDirectories(dir.resolve("migrations/repeatable"));
    Files.writeString(dir.resolve("migrations/repeatable/owned.sql"),
        "DROP VIEW IF EXISTS ${table_name}_owned;\nCREATE VIEW ${table_name}_owned AS SELECT id FROM ${table_name}"
            + " WHERE owner = '${owner}';\n");
    database = dir.resolve("app.db");
  }

  @Test
  void online_valuesFromTheFileReplaceThePlaceholders_inRevisionsAndRepeatables() throws IOException {
    Retort retort = load("placeholder_replacement = true\n[placeholders]\ntable_name = \"accounts\"\nowner = \"alice\"\n",
        Map.of(), Map.of());

    MigrationResult result = retort.upgrade("heads");

    assertThat(result.repeatablesApplied()).containsExactly("owned");
    assertThat(ApiProject.tables(database)).containsExactly("accounts");
    assertThat(ApiProject.column(database, "SELECT sql FROM sqlite_master WHERE name = 'accounts_owned'"))
        .singleElement().asString().contains("owner = 'alice'");
  }

  @Test
  void offline_theScriptShowsTheReplacedText_andEveryRepeatableAtTheEnd() throws IOException {
    Retort retort = load("placeholder_replacement = true\n[placeholders]\ntable_name = \"accounts\"\nowner = \"bob\"\n",
        Map.of(), Map.of());

    String sql = retort.offlineSql(Direction.UPGRADE, "heads", false);

    assertThat(sql).contains("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT DEFAULT 'bob')")
        .contains("CREATE VIEW accounts_owned AS SELECT id FROM accounts WHERE owner = 'bob'")
        .contains("offline mode cannot know which changed")
        .doesNotContain("${");
    assertThat(sql.indexOf("CREATE VIEW accounts_owned")).isGreaterThan(sql.indexOf("CREATE TABLE accounts"));
    assertThat(database).doesNotExist();
  }

  @Test
  void offline_aScriptThatDoesNotEndAtTheHeads_hasNoRepeatables() throws IOException {
    Retort retort = load("placeholder_replacement = true\n[placeholders]\ntable_name = \"t\"\nowner = \"o\"\n",
        Map.of(), Map.of());

    assertThat(retort.offlineSql(Direction.UPGRADE, "base:" + ID, false)).doesNotContain("t_owned");
  }

  @Test
  void off_byDefault_theTextIsLeftAsWritten() throws IOException {
    Retort retort = load("", Map.of(), Map.of());

    assertThat(retort.offlineSql(Direction.UPGRADE, "heads", false)).contains("CREATE TABLE ${table_name}");
  }

  @Test
  void aMissingValue_failsBeforeAnythingRuns_namingFileLineAndPlaceholder() throws IOException {
    Retort retort = load("placeholder_replacement = true\n[placeholders]\ntable_name = \"accounts\"\n", Map.of(),
        Map.of());

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.S013);
    assertThat(error.location().orElseThrow().file().getFileName().toString()).startsWith(ID);
    assertThat(error.location().orElseThrow().line()).isEqualTo(7);
    assertThat(error.getMessage()).contains("${owner}");
    assertThat(error.render()).contains("[placeholders]").contains("RETORT_PLACEHOLDERS_OWNER");
    assertThat(ApiProject.tables(database)).isEmpty();
  }

  @Test
  void aMissingValueInARepeatable_alsoFailsBeforeTheGraphStepsRun() throws IOException {
    Files.writeString(dir.resolve("migrations/repeatable/owned.sql"), "CREATE VIEW v AS SELECT '${nobody}';\n");
    Retort retort = load("placeholder_replacement = true\n[placeholders]\ntable_name = \"accounts\"\nowner = \"a\"\n",
        Map.of(), Map.of());

    RetortException error = catchThrowableOfType(() -> retort.upgrade("heads"), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.S013);
    assertThat(error.location().orElseThrow().file().getFileName().toString()).isEqualTo("owned.sql");
    assertThat(ApiProject.tables(database)).isEmpty();
  }

  @Test
  void precedence_codeWinsOverTheEnvironment_whichWinsOverTheFile() throws IOException {
    String file = "placeholder_replacement = true\n[placeholders]\ntable_name = \"t\"\nowner = \"from_file\"\n";
    Map<String, String> env = Map.of("RETORT_PLACEHOLDERS_OWNER", "from_env");

    assertThat(ownerIn(load(file, Map.of(), Map.of()))).isEqualTo("from_file");
    assertThat(ownerIn(load(file, env, Map.of()))).isEqualTo("from_env");
    assertThat(ownerIn(load(file, env, Map.of("owner", "from_code")))).isEqualTo("from_code");
  }

  @Test
  void changingAValue_doesNotMakeAnAppliedRevisionOrRepeatableEdited() throws IOException {
    String file = "placeholder_replacement = true\n[placeholders]\ntable_name = \"accounts\"\n";
    load(file, Map.of(), Map.of("owner", "first")).upgrade("heads");

    Retort changed = load(file, Map.of(), Map.of("owner", "second"));

    assertThat(changed.status()).extracting(RevisionStatus::state).containsExactly(RevisionState.APPLIED);
    assertThat(changed.repeatables()).extracting(RepeatableStatus::state).containsExactly(RepeatableState.APPLIED);
    assertThat(changed.upgrade("heads").repeatablesApplied()).isEmpty();
  }

  private static String ownerIn(Retort retort) {
    String sql = retort.offlineSql(Direction.UPGRADE, "heads", false);
    int at = sql.indexOf("DEFAULT '") + "DEFAULT '".length();
    return sql.substring(at, sql.indexOf('\'', at));
  }

  private Retort load(String toml, Map<String, String> env, Map<String, String> fromCode) throws IOException {
    Path config = dir.resolve("retort.toml");
    Files.writeString(config, "url = \"sqlite:app.db\"\n" + toml);
    return Retort.configure().configFile(config).environment(env).placeholders(fromCode).load();
  }
}
