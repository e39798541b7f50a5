package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code -c} or {@code $RETORT_CONFIG}, the nearest {@code retort.toml} upward is read. */
class ConfigDiscoveryTest {
  @TempDir Path temp;

  private static Path toml(Path folder, String content) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve("retort.toml"), content);
  }

  private static RetortConfig loadIn(Path cwd, Map<String, String> env, Optional<Path> file) {
    return new ConfigLoader(env, cwd).load(file, Map.of());
  }

  @Test
  void load_fromASubfolder_findsTheProjectsFileAndResolvesPathsAgainstItsFolder() throws IOException {
    Path project = temp.resolve("shop");
    Path file = toml(project, "script_location = \"db\"\nurl = \"sqlite:shop.db\"\n");
    Path deep = Files.createDirectories(project.resolve("src/main/java"));

    RetortConfig config = loadIn(deep, Map.of(), Optional.empty());

    assertThat(config.configFile()).contains(file);
    assertThat(config.scriptLocation()).isEqualTo(project.resolve("db"));
    assertThat(config.versionLocations()).containsExactly(project.resolve("db/versions"));
    assertThat(config.url()).isEqualTo("sqlite:shop.db");
  }

  @Test
  void load_nestedProjects_theNearestFileWins() throws IOException {
    toml(temp.resolve("outer"), "version_table = \"outer\"\n");
    Path inner = toml(temp.resolve("outer/inner"), "version_table = \"inner\"\n");
    Path cwd = Files.createDirectories(temp.resolve("outer/inner/sub"));

    RetortConfig config = loadIn(cwd, Map.of(), Optional.empty());

    assertThat(config.configFile()).contains(inner);
    assertThat(config.versionTable()).isEqualTo("inner");
  }

  @Test
  void load_dashCAndRetortConfig_winOverAFileAbove() throws IOException {
    toml(temp.resolve("above"), "version_table = \"above\"\n");
    Path named = toml(temp.resolve("elsewhere"), "version_table = \"named\"\n");
    Path cwd = Files.createDirectories(temp.resolve("above/below"));

    assertThat(loadIn(cwd, Map.of(), Optional.of(named)).versionTable()).isEqualTo("named");
    assertThat(loadIn(cwd, Map.of("RETORT_CONFIG", named.toString()), Optional.empty()).versionTable())
        .isEqualTo("named");
  }

  @Test
  void nearest_noFileUpToTheRoot_isEmpty() throws IOException {
    Path cwd = Files.createDirectories(temp.resolve("a/b/c"));

    // a folder above the temporary folder could hold a retort.toml: compare with what is above it
    assertThat(ConfigLoader.nearest(cwd)).isEqualTo(ConfigLoader.nearest(temp.getParent()));
  }

  @Test
  void nearest_aFolderNamedRetortToml_isNotTheFile() throws IOException {
    Path project = temp.resolve("p");
    Path file = toml(project, "");
    Path cwd = Files.createDirectories(project.resolve("q/retort.toml")).getParent();

    assertThat(ConfigLoader.nearest(cwd)).contains(file);
  }
}
