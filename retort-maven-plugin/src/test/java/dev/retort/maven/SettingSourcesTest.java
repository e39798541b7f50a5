package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Flyway's order among the plugin's sources, and what each source may and may not hold. */
class SettingSourcesTest {
  private static final Path BASEDIR = Path.of("/projects/shop");

  private static SettingSources sources(Map<String, String> system, Map<String, String> environment,
      Map<String, String> maven, Map<String, String> configuration, Optional<ServerCredentials> server) {
    return new SettingSources(system, environment, maven, configuration, server, BASEDIR);
  }

  @Test
  void values_systemPropertyBeatsMavenPropertyBeatsConfiguration() {
    var all = sources(Map.of("retort.url", "sqlite:system.db"), Map.of(),
        Map.of("retort.url", "sqlite:maven.db", "retort.versionTable", "maven_versions"),
        Map.of("url", "sqlite:configured.db", "version_table", "configured_versions", "user", "app"),
        Optional.empty());

    assertThat(all.values()).containsEntry("url", "sqlite:system.db")
        .containsEntry("version_table", "maven_versions")
        .containsEntry("user", "app");
  }

  @Test
  void values_environmentBeatsMavenPropertyAndConfiguration_butNotASystemProperty() {
    var env = Map.of("RETORT_URL", "sqlite:env.db", "RETORT_VERSION_TABLE", "env_versions");
    var withoutSystem = sources(Map.of(), env, Map.of("retort.url", "sqlite:maven.db"),
        Map.of("version_table", "configured_versions"), Optional.empty());
    var withSystem = sources(Map.of("retort.url", "sqlite:system.db"), env, Map.of(), Map.of(), Optional.empty());

    // left out, so that Retort's own reading of RETORT_* (above the file) decides
    assertThat(withoutSystem.values()).doesNotContainKeys("url", "version_table");
    assertThat(withoutSystem.retortEnvironment()).containsEntry("RETORT_URL", "sqlite:env.db");
    assertThat(withSystem.values()).containsEntry("url", "sqlite:system.db");
  }

  @Test
  void retortEnvironment_keepsOnlyRetortKeys_notDatabaseUrlOrRetortConfig() {
    var sources = sources(Map.of(), Map.of("RETORT_LOCK_TIMEOUT", "5s", "DATABASE_URL", "postgresql://prod/app",
        "RETORT_CONFIG", "/elsewhere/retort.toml", "PATH", "/usr/bin"), Map.of(), Map.of(), Optional.empty());

    assertThat(sources.retortEnvironment()).containsExactly(Map.entry("RETORT_LOCK_TIMEOUT", "5s"));
  }

  @Test
  void values_camelCaseAndSnakeCaseNamesBothSetTheKey_otherPropertiesAreIgnored() {
    var sources = sources(Map.of("retort.lockTimeout", "5s", "java.version", "17", "user.home", "/root"), Map.of(),
        Map.of("retort.dev_url", "sqlite::memory:", "project.build.sourceEncoding", "UTF-8"), Map.of(),
        Optional.empty());

    assertThat(sources.values()).containsOnly(Map.entry("lock_timeout", "5s"), Map.entry("dev_url", "sqlite::memory:"));
  }

  @Test
  void values_unknownSystemProperty_failsWithTheNearestName() {
    var sources = sources(Map.of("retort.ulr", "sqlite:x.db"), Map.of(), Map.of(), Map.of(), Optional.empty());

    assertThatThrownBy(sources::values)
        .isInstanceOfSatisfying(RetortException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.C002);
          assertThat(e.summary()).isEqualTo("unknown property 'retort.ulr' (a system property or -D)");
          assertThat(e.hint()).isEqualTo("did you mean 'retort.url'?");
        });
  }

  @Test
  void unknownPomProperty_isReportedNotFatal_andThePluginVersionPropertyIsNotUnknown() {
    var sources = sources(Map.of(), Map.of(), Map.of("retort.version", "1.0", "retort.dbName", "shop"), Map.of(),
        Optional.empty());

    assertThat(sources.values()).isEmpty();
    assertThat(sources.unknownMavenProperties()).containsExactly("retort.dbName");
  }

  @Test
  void pluginSetting_systemBeatsMavenBeatsConfigured() {
    var sources = sources(Map.of("retort.target", "base"), Map.of(), Map.of("retort.target", "-1",
        "retort.skip", "true"), Map.of(), Optional.empty());

    assertThat(sources.pluginSetting("target", "head")).contains("base");
    assertThat(sources.pluginSetting("skip", null)).contains("true");
    assertThat(sources.pluginSetting("serverId", "mine")).contains("mine");
    assertThat(sources.pluginSetting("message", null)).isEmpty();
  }

  @Test
  void values_serverCredentialsFillUserAndPassword_belowSystemProperties() {
    var server = Optional.of(new ServerCredentials("retort", "app", "s3cret"));

    assertThat(sources(Map.of(), Map.of(), Map.of(), Map.of("url", "jdbc:postgresql://db/app"), server).values())
        .containsEntry("user", "app").containsEntry("password", "s3cret");
    assertThat(sources(Map.of("retort.password", "from-d"), Map.of(), Map.of(), Map.of(), server).values())
        .containsEntry("user", "app").containsEntry("password", "from-d");
  }

  @Test
  void values_credentialsInThePomAndInTheServer_fail() {
    var server = Optional.of(new ServerCredentials("retort", "app", "s3cret"));
    var configured = sources(Map.of(), Map.of(), Map.of(), Map.of("user", "other"), server);
    var property = sources(Map.of(), Map.of(), Map.of("retort.password", "x"), Map.of(), server);

    assertThatThrownBy(configured::values).isInstanceOfSatisfying(RetortException.class, e -> {
      assertThat(e.code()).isEqualTo(ErrorCode.B001);
      assertThat(e.summary()).isEqualTo(
          "database credentials come from both settings.xml server 'retort' and <user> in the plugin's <configuration>");
    });
    assertThatThrownBy(property::values).hasMessageContaining("the pom's property retort.password");
  }

  @Test
  void serverCredentials_neverShowThePassword() {
    assertThat(new ServerCredentials("retort", "app", "s3cret").toString()).doesNotContain("s3cret").contains("app");
  }

  @Test
  void values_locationsFromAnySource_becomeVersionLocations() {
    var configured = sources(Map.of(), Map.of(), Map.of(),
        Map.of("version_locations", "filesystem:src/main/resources/db/retort,classpath:db/retort"), Optional.empty());
    var system = sources(Map.of("retort.locations", "db/more"), Map.of(), Map.of(), Map.of(), Optional.empty());

    assertThat(configured.values()).containsEntry("version_locations",
        BASEDIR.resolve("src/main/resources/db/retort") + ",classpath:db/retort");
    assertThat(system.values()).containsEntry("version_locations", BASEDIR.resolve("db/more").toString());
  }
}
