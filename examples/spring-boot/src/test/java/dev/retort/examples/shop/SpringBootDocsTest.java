package dev.retort.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The copy-paste example of {@code docs/spring-boot.md} is this application: every block the page
 * introduces with "File `path`:" is that file of examples/spring-boot, character for character,
 * so the page shows what the other tests of this module run.
 */
class SpringBootDocsTest {
  private static final Path PAGE = Path.of("..", "..", "docs", "spring-boot.md");
  private static final Pattern FILE_BLOCK = Pattern.compile("^File `([^`]+)`:\\n\\n```[a-z]*\\n(.*?)\\n```$",
      Pattern.MULTILINE | Pattern.DOTALL);

  @Test
  void everyFileBlockOfThePage_isTheExamplesFile() throws IOException {
    Map<String, String> blocks = new LinkedHashMap<>();
    Matcher matcher = FILE_BLOCK.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
    while (matcher.find()) {
      blocks.put(matcher.group(1), matcher.group(2));
    }

    assertThat(blocks).containsKeys("pom.xml", "src/main/resources/application.properties",
        "src/main/java/dev/retort/examples/shop/StartupReport.java");
    blocks.forEach((file, text) -> {
      try {
        assertThat(text).as("the block for %s in %s", file, PAGE)
            .isEqualTo(Files.readString(Path.of(file), StandardCharsets.UTF_8).stripTrailing());
      } catch (IOException e) {
        throw new AssertionError("docs/spring-boot.md shows " + file + ", which the example does not have", e);
      }
    });
  }
}
