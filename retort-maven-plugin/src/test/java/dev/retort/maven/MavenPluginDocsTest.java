package dev.retort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/maven-plugin.md shows the invoker project src/it/sqlite-quickstart as it is (with the
 * plugin's version where the project has {@code @project.version@}), so the example a reader copies
 * is the one {@code mvn verify} builds. Surefire runs in the module folder.
 */
class MavenPluginDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "maven-plugin.md");
  private static final Path PROJECT = Path.of("src", "it", "sqlite-quickstart");
  private static List<String> xmlBlocks;
  private static List<String> sqlBlocks;

  @BeforeAll
  static void readPage() throws IOException {
    String page = Files.readString(PAGE);
    xmlBlocks = blocks(page, "xml");
    sqlBlocks = blocks(page, "sql");
  }

  private static List<String> blocks(String page, String language) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(page);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void quickStartPom_isTheInvokerProjectsPom() throws IOException {
    String version = System.getProperty("retort.pluginVersion");
    assertThat(version).as("surefire passes the plugin's version").isNotBlank();
    String pom = Files.readString(PROJECT.resolve("pom.xml")).replace("@project.version@", version);

    assertThat(xmlBlocks).isNotEmpty();
    assertThat(xmlBlocks.get(0)).isEqualTo(pom);
  }

  @Test
  void quickStartRevision_isTheInvokerProjectsFile() throws IOException {
    String revision = Files.readString(PROJECT.resolve("src/main/resources/db/retort/1a2b3c4d5e6f_create_customers.sql"));

    assertThat(sqlBlocks).isNotEmpty();
    assertThat(sqlBlocks.get(0)).isEqualTo(revision);
  }

  @Test
  void configurationTable_namesEveryPluginSetting() throws IOException {
    String page = Files.readString(PAGE);
    for (String setting : PropertyNames.PLUGIN_SETTINGS) {
      if (!setting.equals("version")) {
        assertThat(page).as("docs/maven-plugin.md on retort.%s", setting).contains("`retort." + setting + "`");
      }
    }
  }
}
