package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.error.ErrorCode;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code classpath:} and {@code filesystem:} in {@code script_location} and {@code version_locations}. */
class LocationPrefixTest {
  @TempDir Path project;

  private RetortConfig load(String toml) throws IOException {
    Files.writeString(project.resolve("retort.toml"), toml);
    return new ConfigLoader(Map.of(), project).load(Optional.empty(), Map.of());
  }

  @Test
  void versionLocations_mixFoldersAndClassPathFolders() throws IOException {
    RetortConfig config = load("version_locations = [\"filesystem:dev/versions\", \"classpath:/db/retort/\","
        + " \"more\", \"classpath:db//shared\"]\n");

    assertThat(config.versionLocations()).containsExactly(project.resolve("dev/versions"), project.resolve("more"));
    assertThat(config.classpathLocations()).containsExactly("db/retort", "db/shared");
    assertThat(config.describeVersionLocations()).containsExactly(project.resolve("dev/versions").toString(),
        project.resolve("more").toString(), "classpath:db/retort", "classpath:db/shared");
  }

  @Test
  void classPathScriptLocation_holdsItsVersionsFolder() throws IOException {
    RetortConfig config = load("script_location = \"classpath:db/retort\"\n");

    assertThat(config.classpathLocations()).containsExactly("db/retort/versions");
    assertThat(config.versionLocations()).isEmpty();
    assertThat(config.scriptLocation()).isEqualTo(project);
  }

  @Test
  void fileSystemPrefix_isTheDefaultSpelledOut() throws IOException {
    RetortConfig config = load("script_location = \"filesystem:migrations\"\n");

    assertThat(config.scriptLocation()).isEqualTo(project.resolve("migrations"));
    assertThat(config.versionLocations()).containsExactly(project.resolve("migrations/versions"));
    assertThat(config.classpathLocations()).isEmpty();
  }

  @Test
  void environment_mayNameAClassPathLocation() {
    RetortConfig config = new ConfigLoader(Map.of("RETORT_VERSION_LOCATIONS", "classpath:db/retort"), project)
        .load(Optional.empty(), Map.of());

    assertThat(config.classpathLocations()).containsExactly("db/retort");
  }

  @Test
  void emptyOrEscapingClassPathName_isRefusedWithAnExample() throws IOException {
    for (String bad : new String[] {"classpath:", "classpath:/", "classpath:db/../etc", "filesystem:"}) {
      Files.writeString(project.resolve("retort.toml"), "version_locations = [\"" + bad + "\"]\n");
      ConfigException e = catchThrowableOfType(
          () -> new ConfigLoader(Map.of(), project).load(Optional.empty(), Map.of()), ConfigException.class);

      assertThat(e).as(bad).isNotNull();
      assertThat(e.code()).isEqualTo(ErrorCode.C002);
      assertThat(e.getMessage()).contains("'version_locations'", "'" + bad + "'", "classpath:db/retort");
    }
  }

  @Test
  void classLoader_isTheGivenOne_elseTheContextOne_elseOneOverTheClasspathKey() throws IOException {
    RetortConfig config = load("version_locations = [\"classpath:db/retort\"]\n");
    ClassLoader mine = new ClassLoader(null) {};

    assertThat(config.withClassLoader(mine).revisionClassLoader()).isSameAs(mine);
    assertThat(config.revisionClassLoader()).isSameAs(Thread.currentThread().getContextClassLoader());
    Path classes = Files.createDirectories(project.resolve("build/classes"));
    ClassLoader overClasspath = config.withClasspath(java.util.List.of(classes)).revisionClassLoader();
    assertThat(overClasspath).isInstanceOf(URLClassLoader.class);
    assertThat(((URLClassLoader) overClasspath).getURLs()).containsExactly(classes.toUri().toURL());
    assertThat(overClasspath.getParent()).isSameAs(Thread.currentThread().getContextClassLoader());
  }
}
