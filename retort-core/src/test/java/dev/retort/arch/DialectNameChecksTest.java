package dev.retort.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Outside {@code dev.retort.dialect}, the engine asks a dialect's capabilities or methods and never
 * compares a dialect's name or a URL's scheme with a database's name (issue 13: capabilities as
 * data). The PostgreSQL scratch server's own classes ({@code Pg*}, {@code *Postgres*}) are the
 * PostgreSQL implementation and may.
 */
class DialectNameChecksTest {
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "retort");
  private static final Pattern NAME_CHECK = Pattern.compile(
      "(?:name|scheme)\\(\\)\\.equals\\(\"(?:sqlite|postgresql|mysql|h2)\"\\)|case \"(?:sqlite|postgresql|mysql|h2)\"");

  @Test
  void noDialectNameChecksOutsideTheDialects() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String name = file.getFileName().toString();
        if (file.startsWith(MAIN.resolve("dialect")) || name.startsWith("Pg") || name.contains("Postgres")) {
          continue;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (NAME_CHECK.matcher(lines.get(i)).find()) {
            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).as("dialect name checks outside dev.retort.dialect").isEmpty();
  }

  @Test
  void thePatternFindsACheck() {
    assertThat(NAME_CHECK.matcher("if (dialect.name().equals(\"mysql\")) {").find()).isTrue();
    assertThat(NAME_CHECK.matcher("url.scheme().equals(\"sqlite\")").find()).isTrue();
    assertThat(NAME_CHECK.matcher("dialect.capabilities().transactionalDdl()").find()).isFalse();
  }
}
