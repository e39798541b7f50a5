package dev.retort.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuring a project from code: the settings, where relative ones are taken from, and their precedence. */
class RetortBuilderTest {
  @TempDir Path dir;

  @Test
  void fromCode_urlLocationsAndVersionTable_areUsedRelativeToTheWorkingDirectory() {
    ApiProject.twoRevisions(dir.resolve("db/revisions"));

    Retort retort = Retort.configure()
        .workingDirectory(dir)
        .url("sqlite:app.db")
        .locations("db/revisions")
        .versionTable("schema_version")
        .load();
    retort.upgrade("heads");

    Path database = dir.resolve("app.db");
    assertThat(ApiProject.column(database, "SELECT version_num FROM schema_version")).containsExactly(ApiProject.ORDERS);
    assertThat(retort.settings().versionLocations()).containsExactly(dir.resolve("db/revisions"));
    assertThat(retort.settings().baseFolder()).isEqualTo(dir.toAbsolutePath().normalize());
    assertThat(retort.settings().configFile()).isEmpty();
  }

  @Test
  void precedence_codeThenEnvironmentThenFileThenDefault() throws IOException {
    Path file = Files.writeString(dir.resolve("retort.toml"), "version_table = \"from_file\"\nlock_timeout = \"7s\"\n");
    Map<String, String> env = Map.of("RETORT_VERSION_TABLE", "from_env", "RETORT_LOCK_TIMEOUT", "9s");

    assertThat(Retort.configure().configFile(file).environment(env).versionTable("from_code").load().settings()
        .versionTable()).isEqualTo("from_code");
    assertThat(Retort.configure().configFile(file).environment(env).load().settings().versionTable())
        .isEqualTo("from_env");
    assertThat(Retort.configure().configFile(file).load().settings().versionTable()).isEqualTo("from_file");
    assertThat(Retort.configure().workingDirectory(dir).load().settings().versionTable()).isEqualTo("retort_version");

    assertThat(Retort.configure().configFile(file).environment(env).property("lock_timeout", "250ms").load()
        .settings().lockTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(Retort.configure().configFile(file).environment(env).load().settings().lockTimeout())
        .isEqualTo(Duration.ofSeconds(9));
    assertThat(Retort.configure().configFile(file).load().settings().lockTimeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void environment_databaseUrlIsTheFallbackForTheUrl() {
    Map<String, String> env = Map.of("DATABASE_URL", "sqlite:from_database_url.db");

    assertThat(Retort.configure().workingDirectory(dir).environment(env).load().settings().url())
        .isEqualTo("sqlite:from_database_url.db");
    assertThat(Retort.configure().workingDirectory(dir).environment(env).url("sqlite:from_code.db").load().settings()
        .url()).isEqualTo("sqlite:from_code.db");
  }

  @Test
  void fromRetortToml_relativeSettingsAreTakenAgainstTheFilesFolder() throws IOException {
    Path project = dir.resolve("project");
    ApiProject.twoRevisions(project.resolve("schema/versions"));
    Path file = Files.writeString(Files.createDirectories(project).resolve("retort.toml"),
        "script_location = \"schema\"\nurl = \"sqlite:data/app.db\"\n");
    Files.createDirectories(project.resolve("data"));

    Retort retort = Retort.configure().workingDirectory(dir).configFile(file).load();
    MigrationResult result = retort.upgrade("heads");

    assertThat(result.applied()).hasSize(2);
    assertThat(ApiProject.tables(project.resolve("data/app.db"))).containsExactly("orders", "users");
    assertThat(retort.settings().configFile()).contains(file);
    assertThat(retort.settings().scriptLocation()).isEqualTo(project.resolve("schema"));
  }

  @Test
  void findConfigFile_readsTheNearestFileAbove_andWithoutItNoFileIsRead() throws IOException {
    Files.writeString(dir.resolve("retort.toml"), "version_table = \"found\"\n");
    Path nested = Files.createDirectories(dir.resolve("a/b"));

    assertThat(Retort.configure().workingDirectory(nested).findConfigFile().load().settings().versionTable())
        .isEqualTo("found");
    assertThat(Retort.configure().workingDirectory(dir).load().settings().versionTable()).isEqualTo("retort_version");
  }

  @Test
  void retortConfigVariable_isReadOnlyWhenFindingTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("elsewhere.toml"), "version_table = \"named\"\n");
    Map<String, String> env = Map.of("RETORT_CONFIG", file.toString());

    assertThat(Retort.configure().workingDirectory(dir).environment(env).findConfigFile().load().settings()
        .versionTable()).isEqualTo("named");
    assertThat(Retort.configure().workingDirectory(dir).environment(env).load().settings().versionTable())
        .isEqualTo("retort_version");
  }

  @Test
  void unknownProperty_failsWithTheKeysThatExist() {
    RetortException error = catchThrowableOfType(
        () -> Retort.configure().workingDirectory(dir).property("transaction_per_migraton", "false").load(),
        RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.C002);
    assertThat(error.summary()).contains("'transaction_per_migraton'");
    assertThat(error.details()).singleElement().asString()
        .contains("url", "version_table", "transaction_per_migration", "lock_timeout", "user", "password");
    assertThat(error.hint()).isEqualTo("did you mean 'transaction_per_migration'?");
  }

  @Test
  void missingConfigFile_isAnError() {
    RetortException error = catchThrowableOfType(
        () -> Retort.configure().configFile(dir.resolve("nope.toml")).load(), RetortException.class);

    assertThat(error.code()).isEqualTo(ErrorCode.C001);
  }

  @Test
  void password_neverShown_inSettingsToStringsOrErrors() {
    String secret = "s3cret-pw";
    Retort inUrl = Retort.configure().workingDirectory(dir)
        .url("postgresql://app:" + secret + "@localhost:1/app?connectTimeout=2").load();
    Retort apart = Retort.configure().workingDirectory(dir)
        .url("postgresql://localhost:1/app?connectTimeout=2").user("app").password(secret).load();

    for (Retort retort : List.of(inUrl, apart)) {
      assertThat(retort.settings().url()).doesNotContain(secret);
      assertThat(retort.settings().toString()).doesNotContain(secret);
      assertThat(retort.toString()).doesNotContain(secret);
      RetortException error = catchThrowableOfType(retort::status, RetortException.class);
      assertThat(error).as("nothing listens on port 1").isNotNull();
      assertThat(error.render()).doesNotContain(secret);
      assertThat(error.getMessage()).doesNotContain(secret);
    }
    assertThat(inUrl.settings().url()).isEqualTo("postgresql://app:***@localhost:1/app?connectTimeout=2");
    assertThat(new SchemaSource.Database("postgresql://app:" + secret + "@h/db", dir).toString()).doesNotContain(secret);
  }
}
