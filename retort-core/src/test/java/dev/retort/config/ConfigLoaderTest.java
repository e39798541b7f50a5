package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort.toml}, environment and flags: values, precedence, sources and errors. */
class ConfigLoaderTest {
  private static final String KEYS_WITH_DEFAULTS =
      "script_location version_locations url version_table version_column_width auto_widen_version_column"
          + " transaction_per_migration lock_timeout schema dev_url";

  @TempDir Path temp;
  Path cwd;
  Path project;

  @BeforeEach
  void setUp() throws IOException {
    cwd = Files.createDirectories(temp.resolve("work/here"));
    project = Files.createDirectories(temp.resolve("projects/shop"));
  }

  private Path toml(Path folder, String content) throws IOException {
    Path file = folder.resolve("retort.toml");
    Files.writeString(file, content);
    return file;
  }

  private RetortConfig load(Map<String, String> env, Optional<Path> file, Map<String, String> flags) {
    return new ConfigLoader(env, cwd).load(file, flags);
  }

  private ConfigException failure(Map<String, String> env, Optional<Path> file, Map<String, String> flags) {
    ConfigException e = catchThrowableOfType(() -> load(env, file, flags), ConfigException.class);
    assertThat(e).as("loading must fail").isNotNull();
    return e;
  }

  @Test
  void load_noFileNoEnvNoFlags_defaults() {
    RetortConfig config = load(Map.of(), Optional.empty(), Map.of());

    assertThat(config.configFile()).isEmpty();
    assertThat(config.scriptLocation()).isEqualTo(cwd.resolve("migrations"));
    assertThat(config.versionLocations()).containsExactly(cwd.resolve("migrations/versions"));
    assertThat(config.url()).isEqualTo("sqlite:retort.db");
    assertThat(config.versionTable()).isEqualTo("retort_version");
    assertThat(config.versionColumnWidth()).isEqualTo(255);
    assertThat(config.autoWidenVersionColumn()).isTrue();
    assertThat(config.transactionPerMigration()).isTrue();
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.devUrl()).isEmpty();
    for (String key : KEYS_WITH_DEFAULTS.split(" ")) {
      assertThat(config.sourceOf(key)).as(key).isEqualTo(Source.DEFAULT);
    }
  }

  @Test
  void load_fileValues_everyKeyReadWithSourceFile() throws IOException {
    Path file = toml(project, """
        script_location = "db/migrations"
        url = "postgresql://app@db.internal/shop"
        version_table = "alembic_version"
        version_column_width = 64
        auto_widen_version_column = false
        transaction_per_migration = false
        lock_timeout = "5m"
        schema = "db/schema.sql"
        dev_url = "jdbc:sqlite::memory:"
        """);

    RetortConfig config = load(Map.of(), Optional.of(file), Map.of());

    assertThat(config.configFile()).contains(file);
    assertThat(config.scriptLocation()).isEqualTo(project.resolve("db/migrations"));
    assertThat(config.versionLocations()).containsExactly(project.resolve("db/migrations/versions"));
    assertThat(config.url()).isEqualTo("postgresql://app@db.internal/shop");
    assertThat(config.versionTable()).isEqualTo("alembic_version");
    assertThat(config.versionColumnWidth()).isEqualTo(64);
    assertThat(config.autoWidenVersionColumn()).isFalse();
    assertThat(config.transactionPerMigration()).isFalse();
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.schema()).contains(project.resolve("db/schema.sql"));
    assertThat(config.devUrl()).isEqualTo("jdbc:sqlite::memory:");
    for (String key : List.of("script_location", "url", "version_table", "version_column_width",
        "auto_widen_version_column", "transaction_per_migration", "lock_timeout", "schema", "dev_url")) {
      assertThat(config.sourceOf(key)).as(key).isEqualTo(Source.FILE);
    }
    assertThat(config.sourceOf("version_locations")).isEqualTo(Source.DEFAULT);
  }

  @Test
  void load_retortTomlInWorkingDirectory_isFoundWithoutFlag() throws IOException {
    Path file = toml(cwd, "version_table = \"found_it\"\n");

    RetortConfig config = load(Map.of(), Optional.empty(), Map.of());

    assertThat(config.configFile()).contains(file);
    assertThat(config.versionTable()).isEqualTo("found_it");
  }

  @Test
  void load_retortConfigEnvironment_namesTheFile() throws IOException {
    Path file = toml(project, "version_table = \"from_env_file\"\n");
    toml(cwd, "version_table = \"local_file\"\n");

    RetortConfig config = load(Map.of("RETORT_CONFIG", file.toString()), Optional.empty(), Map.of());

    assertThat(config.configFile()).contains(file);
    assertThat(config.versionTable()).isEqualTo("from_env_file");
  }

  @Test
  void load_explicitFileRelativeToWorkingDirectory() throws IOException {
    Path sub = Files.createDirectories(cwd.resolve("conf"));
    toml(sub, "script_location = \"m\"\n");

    RetortConfig config = load(Map.of(), Optional.of(Path.of("conf/retort.toml")), Map.of());

    assertThat(config.scriptLocation()).isEqualTo(sub.resolve("m"));
  }

  @Test
  void load_precedence_flagOverEnvironmentOverFileOverDefault() throws IOException {
    Path file = toml(project, """
        version_table = "from_file"
        lock_timeout = "10s"
        version_column_width = 100
        """);
    Map<String, String> env = Map.of(
        "RETORT_VERSION_TABLE", "from_env",
        "RETORT_LOCK_TIMEOUT", "20s");
    Map<String, String> flags = Map.of("version_table", "from_flag");

    RetortConfig config = load(env, Optional.of(file), flags);

    assertThat(config.versionTable()).isEqualTo("from_flag");
    assertThat(config.sourceOf("version_table")).isEqualTo(Source.FLAG);
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.sourceOf("lock_timeout")).isEqualTo(Source.ENVIRONMENT);
    assertThat(config.versionColumnWidth()).isEqualTo(100);
    assertThat(config.sourceOf("version_column_width")).isEqualTo(Source.FILE);
    assertThat(config.transactionPerMigration()).isTrue();
    assertThat(config.sourceOf("transaction_per_migration")).isEqualTo(Source.DEFAULT);
  }

  @Test
  void load_environmentWithoutFile_overridesDefault() {
    RetortConfig config = load(Map.of("RETORT_AUTO_WIDEN_VERSION_COLUMN", "false"), Optional.empty(), Map.of());

    assertThat(config.autoWidenVersionColumn()).isFalse();
    assertThat(config.sourceOf("auto_widen_version_column")).isEqualTo(Source.ENVIRONMENT);
  }

  @Test
  void load_flagWithoutFileOrEnv_overridesDefault() {
    RetortConfig config = load(Map.of(), Optional.empty(), Map.of("url", "sqlite:other.db"));

    assertThat(config.url()).isEqualTo("sqlite:other.db");
    assertThat(config.sourceOf("url")).isEqualTo(Source.FLAG);
  }

  @Test
  void load_retortUrlBeatsDatabaseUrl() throws IOException {
    Path file = toml(project, "url = \"sqlite:file.db\"\n");
    Map<String, String> both = Map.of("RETORT_URL", "sqlite:retort_url.db", "DATABASE_URL", "sqlite:database_url.db");

    RetortConfig config = load(both, Optional.of(file), Map.of());

    assertThat(config.url()).isEqualTo("sqlite:retort_url.db");
    assertThat(config.sourceOf("url")).isEqualTo(Source.ENVIRONMENT);
  }

  @Test
  void load_databaseUrlAlone_beatsFile() throws IOException {
    Path file = toml(project, "url = \"sqlite:file.db\"\n");

    RetortConfig config = load(Map.of("DATABASE_URL", "postgresql://app@db/shop"), Optional.of(file), Map.of());

    assertThat(config.url()).isEqualTo("postgresql://app@db/shop");
    assertThat(config.sourceOf("url")).isEqualTo(Source.ENVIRONMENT);
  }

  @Test
  void load_urlFlag_beatsRetortUrlAndDatabaseUrl() {
    Map<String, String> both = Map.of("RETORT_URL", "sqlite:a.db", "DATABASE_URL", "sqlite:b.db");

    RetortConfig config = load(both, Optional.empty(), Map.of("url", "sqlite:flag.db"));

    assertThat(config.url()).isEqualTo("sqlite:flag.db");
    assertThat(config.sourceOf("url")).isEqualTo(Source.FLAG);
  }

  @Test
  void load_relativePaths_resolvedAgainstTheConfigFilesFolder() throws IOException {
    Path file = toml(project, """
        script_location = "../shared/migrations"
        schema = "schema.sql"
        """);

    RetortConfig config = load(Map.of(), Optional.of(file), Map.of());

    assertThat(config.scriptLocation()).isEqualTo(temp.resolve("projects/shared/migrations"));
    assertThat(config.versionLocations()).containsExactly(temp.resolve("projects/shared/migrations/versions"));
    assertThat(config.schema()).contains(project.resolve("schema.sql"));
    assertThat(config.scriptLocation()).isAbsolute();
  }

  @Test
  void load_absolutePaths_keptAsTheyAre() throws IOException {
    Path elsewhere = temp.resolve("elsewhere/migs");
    Path file = toml(project, "script_location = \"" + elsewhere.toString().replace("\\", "\\\\") + "\"\n");

    RetortConfig config = load(Map.of(), Optional.of(file), Map.of());

    assertThat(config.scriptLocation()).isEqualTo(elsewhere);
  }

  @Test
  void load_versionLocationsList_resolvedInOrder() throws IOException {
    Path file = toml(project, """
        script_location = "migrations"
        version_locations = ["migrations/versions", "plugins/billing/versions", "../common/versions"]
        """);

    RetortConfig config = load(Map.of(), Optional.of(file), Map.of());

    assertThat(config.versionLocations()).containsExactly(
        project.resolve("migrations/versions"),
        project.resolve("plugins/billing/versions"),
        temp.resolve("projects/common/versions"));
    assertThat(config.sourceOf("version_locations")).isEqualTo(Source.FILE);
    assertThat(config.scriptLocation()).isEqualTo(project.resolve("migrations"));
  }

  @Test
  void load_versionLocationsAsCommaSeparatedText_fromFileOrEnvironment() throws IOException {
    Path file = toml(project, "version_locations = \"a/versions, b/versions\"\n");

    assertThat(load(Map.of(), Optional.of(file), Map.of()).versionLocations())
        .containsExactly(project.resolve("a/versions"), project.resolve("b/versions"));
    RetortConfig fromEnv = load(Map.of("RETORT_VERSION_LOCATIONS", "x/versions,y/versions"), Optional.empty(), Map.of());
    assertThat(fromEnv.versionLocations()).containsExactly(cwd.resolve("x/versions"), cwd.resolve("y/versions"));
    assertThat(fromEnv.sourceOf("version_locations")).isEqualTo(Source.ENVIRONMENT);
  }

  @Test
  void load_lockTimeoutForms() {
    Map<String, Duration> cases = Map.of(
        "500ms", Duration.ofMillis(500),
        "45s", Duration.ofSeconds(45),
        "5m", Duration.ofMinutes(5),
        "1h", Duration.ofHours(1),
        "30", Duration.ofSeconds(30));
    cases.forEach((text, expected) ->
        assertThat(load(Map.of(), Optional.empty(), Map.of("lock_timeout", text)).lockTimeout())
            .as(text)
            .isEqualTo(expected));
  }

  @Test
  void load_tomlIntegerLockTimeout_isSeconds() throws IOException {
    Path file = toml(project, "lock_timeout = 90\n");

    assertThat(load(Map.of(), Optional.of(file), Map.of()).lockTimeout()).isEqualTo(Duration.ofSeconds(90));
  }

  // ---- errors ----

  @Test
  void load_invalidToml_C001WithLine() throws IOException {
    Path file = toml(project, "script_location = \"migrations\"\nversion_table = retort_version\n");

    ConfigException e = failure(Map.of(), Optional.of(file), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C001);
    assertThat(e.location()).contains(new Location(file, 2));
    assertThat(e.getMessage()).contains("retort.toml:2");
  }

  @Test
  void load_invalidTomlWithUnquotedUrl_doesNotPrintThePassword() throws IOException {
    Path file = toml(project, "url = postgresql://app:Sup3rSecret@db/shop\n");

    ConfigException e = failure(Map.of(), Optional.of(file), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C001);
    assertThat(e.getMessage()).doesNotContain("Sup3rSecret");
  }

  @Test
  void load_unknownKey_C002WithDidYouMean() throws IOException {
    Path file = toml(project, "version_tabel = \"x\"\n");

    ConfigException e = failure(Map.of(), Optional.of(file), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C002);
    assertThat(e.location()).map(Location::file).contains(file);
    assertThat(e.getMessage()).contains("version_tabel").contains("did you mean 'version_table'");
  }

  @Test
  void load_unknownFlagKey_C002() {
    ConfigException e = failure(Map.of(), Optional.empty(), Map.of("scrpt_location", "x"));

    assertThat(e.code()).isEqualTo(ErrorCode.C002);
    assertThat(e.getMessage()).contains("did you mean 'script_location'");
  }

  @Test
  void load_widthNotANumber_C002() throws IOException {
    Path file = toml(project, "version_column_width = \"wide\"\n");

    ConfigException e = failure(Map.of(), Optional.of(file), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C002);
    assertThat(e.getMessage()).contains("version_column_width").contains("wide");
  }

  @Test
  void load_widthOutOfRange_C002() throws IOException {
    assertThat(failure(Map.of(), Optional.of(toml(project, "version_column_width = 0\n")), Map.of()).code())
        .isEqualTo(ErrorCode.C002);
    assertThat(failure(Map.of(), Optional.of(toml(project, "version_column_width = 2.5\n")), Map.of()).code())
        .isEqualTo(ErrorCode.C002);
  }

  @Test
  void load_lockTimeoutNotADuration_C002() throws IOException {
    Path file = toml(project, "lock_timeout = \"soon\"\n");

    ConfigException e = failure(Map.of(), Optional.of(file), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C002);
    assertThat(e.getMessage()).contains("lock_timeout").contains("soon");
  }

  @Test
  void load_lockTimeoutEmptyUnitOnlyOrNegative_C002() {
    for (String bad : List.of("", "s", "ms", "ten seconds", "5d", "-5s", "-1")) {
      assertThat(failure(Map.of(), Optional.empty(), Map.of("lock_timeout", bad)).code()).as(bad)
          .isEqualTo(ErrorCode.C002);
    }
  }

  @Test
  void load_booleanNotABoolean_C002NamesTheEnvironmentVariable() {
    ConfigException e = failure(Map.of("RETORT_TRANSACTION_PER_MIGRATION", "maybe"), Optional.empty(), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C002);
    assertThat(e.getMessage()).contains("RETORT_TRANSACTION_PER_MIGRATION").contains("maybe");
  }

  @Test
  void load_badVersionTableName_C002() {
    assertThat(failure(Map.of(), Optional.empty(), Map.of("version_table", "drop table; --")).code())
        .isEqualTo(ErrorCode.C002);
  }

  @Test
  void load_tableWhereValueExpected_C002() throws IOException {
    Path file = toml(project, "[url]\nhost = \"db\"\n");

    assertThat(failure(Map.of(), Optional.of(file), Map.of()).code()).isEqualTo(ErrorCode.C002);
  }

  @Test
  void load_arrayForSingleValuedKey_C002() throws IOException {
    Path file = toml(project, "script_location = [\"a\", \"b\"]\n");

    ConfigException e = failure(Map.of(), Optional.of(file), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C002);
    assertThat(e.getMessage()).contains("script_location");
  }

  @Test
  void load_missingExplicitFile_C001() {
    ConfigException e = failure(Map.of(), Optional.of(temp.resolve("nope/retort.toml")), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C001);
    assertThat(e.getMessage()).contains("retort.toml");
  }

  @Test
  void load_retortConfigNamingMissingFile_C001() {
    ConfigException e = failure(Map.of("RETORT_CONFIG", "missing.toml"), Optional.empty(), Map.of());

    assertThat(e.code()).isEqualTo(ErrorCode.C001);
  }

  @Test
  void load_explicitFileIsADirectory_C001() {
    assertThat(failure(Map.of(), Optional.of(project), Map.of()).code()).isEqualTo(ErrorCode.C001);
  }

  // ---- secrets ----

  @Test
  void toString_neverContainsTheUrl() throws IOException {
    Path file = toml(project, "url = \"postgresql://app:FileS3cret@db.internal:5432/shop\"\n"
        + "dev_url = \"postgresql://dev:DevS3cret@localhost/scratch\"\n");

    RetortConfig fromFile = load(Map.of(), Optional.of(file), Map.of());
    RetortConfig fromEnv = load(Map.of("DATABASE_URL", "postgresql://u:EnvS3cret@h/db"), Optional.empty(), Map.of());
    RetortConfig fromFlag = load(Map.of(), Optional.empty(), Map.of("url", "jdbc:postgresql://h/db?user=u&password=FlagS3cret"));

    assertThat(fromFile.toString()).doesNotContain("FileS3cret").doesNotContain("db.internal")
        .doesNotContain("DevS3cret").doesNotContain("postgresql");
    assertThat(fromEnv.toString()).doesNotContain("EnvS3cret").doesNotContain("postgresql");
    assertThat(fromFlag.toString()).doesNotContain("FlagS3cret").doesNotContain("jdbc:");
    assertThat(load(Map.of(), Optional.empty(), Map.of()).toString()).doesNotContain("sqlite:retort.db");
  }

  @Test
  void load_lintTable_levelsByCodeOrNameLowerCased() throws IOException {
    Path file = toml(project, "url = \"sqlite:x.db\"\n\n[lint]\nRT111 = \"off\"\nfile-name-mismatch = \"ERROR\"\n");

    RetortConfig config = load(Map.of(), Optional.of(file), Map.of());

    assertThat(config.lintLevels()).containsExactlyInAnyOrderEntriesOf(
        Map.of("RT111", "off", "file-name-mismatch", "error"));
    assertThat(config.url()).isEqualTo("sqlite:x.db");
  }

  @Test
  void load_noLintTable_noLevels() throws IOException {
    Path file = toml(project, "url = \"sqlite:x.db\"\n");

    assertThat(load(Map.of(), Optional.of(file), Map.of()).lintLevels()).isEmpty();
  }

  @Test
  void load_lintLevelUnknown_isRefusedWithTheAllowedLevels() throws IOException {
    Path file = toml(project, "[lint]\nRT111 = \"loud\"\n");

    assertThatThrownBy(() -> load(Map.of(), Optional.of(file), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("RT-C002")
        .hasMessageContaining("not off, info, warning or error");
  }

  @Test
  void load_lintAsSingleValue_isRefused() throws IOException {
    Path file = toml(project, "lint = \"off\"\n");

    assertThatThrownBy(() -> load(Map.of(), Optional.of(file), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'lint' must be a table");
  }

  @Test
  void load_latin1File_C001NamesLineByteOffsetAndUtf8() throws IOException {
    Path file = project.resolve("retort.toml");
    Files.write(file, "url = \"sqlite:a.db\"\n# caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    dev.retort.error.RetortException e = catchThrowableOfType(
        () -> load(Map.of(), Optional.of(file), Map.of()), dev.retort.error.RetortException.class);

    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.C001);
    assertThat(e.location()).contains(new Location(file, 2));
    assertThat(e.getMessage()).contains("byte offset 25", "UTF-8").doesNotContain("Input length", "permissions");
  }

  @Test
  void load_lintBaseline_defaultsNextToTheFile_orIsTakenRelativeToIt() throws IOException {
    Path plain = toml(project, "url = \"sqlite:x.db\"\n");
    assertThat(load(Map.of(), Optional.of(plain), Map.of()).lintBaseline())
        .isEqualTo(project.resolve(".retort-lint-baseline.json"));
    assertThat(load(Map.of(), Optional.empty(), Map.of()).lintBaseline())
        .isEqualTo(cwd.resolve(".retort-lint-baseline.json"));

    Path named = toml(project, "[lint]\nbaseline = \"ci/lint.json\"\nRT111 = \"off\"\n");
    RetortConfig config = load(Map.of(), Optional.of(named), Map.of());
    assertThat(config.lintBaseline()).isEqualTo(project.resolve("ci/lint.json"));
    assertThat(config.lintLevels()).containsEntry("RT111", "off");
  }

  @Test
  void load_lintBaselineEmpty_isRefused() throws IOException {
    Path file = toml(project, "[lint]\nbaseline = \" \"\n");

    assertThatThrownBy(() -> load(Map.of(), Optional.of(file), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("RT-C002")
        .hasMessageContaining("baseline must be a file name");
  }

  @Test
  void keyNames_eachIsAcceptedAsAKey_andUnknownNamesAreNot() {
    List<String> names = ConfigLoader.keyNames();
    assertThat(names).contains("url", "version_table", "lock_timeout", "user", "password").doesNotContain("lint");
    ConfigLoader loader = new ConfigLoader(Map.of(), cwd);
    for (String name : names) {
      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
          () -> loader.load(Optional.empty(), Map.of(name, "x")));
      // a value may be refused ("x" is no duration), the key itself never
      if (thrown != null) {
        assertThat(thrown).hasMessageNotContaining("unknown configuration key");
      }
    }
    assertThatThrownBy(() -> loader.load(Optional.empty(), Map.of("lock_timout", "5s")))
        .hasMessageContaining("unknown configuration key 'lock_timout'");
  }
}
