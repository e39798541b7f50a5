package dev.retort.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Capabilities;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectRegistry;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The capability table of {@code docs/dialects/README.md} says what each installed dialect's
 * {@link Dialect#capabilities()} says, column by column in the record's order, and lists every
 * installed dialect; each dialect has its own page.
 */
class DialectCapabilitiesDocsTest {
  private static final Path PAGE = Path.of("..", "docs", "dialects", "README.md");

  @Test
  void capabilityTable_matchesEveryInstalledDialect() throws IOException {
    Map<String, List<String>> rows = capabilityRows();
    RecordComponent[] components = Capabilities.class.getRecordComponents();
    List<Dialect> dialects = DialectRegistry.loadInstalled().dialects();

    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(dialects.stream().map(Dialect::name).toList());
    for (Dialect dialect : dialects) {
      List<String> cells = rows.get(dialect.name());
      assertThat(cells).as("columns of %s's row", dialect.name()).hasSize(components.length);
      for (int i = 0; i < components.length; i++) {
        String expected = value(components[i], dialect.capabilities()) ? "yes" : "no";
        assertThat(cells.get(i)).as("%s: %s", dialect.name(), components[i].getName()).isEqualTo(expected);
      }
      assertThat(PAGE.resolveSibling(dialect.name().equals("postgresql") ? "postgresql.md"
          : dialect.name() + ".md")).as("the page of %s", dialect.name()).isRegularFile();
    }
  }

  /** The table under "What each database can do": dialect name → its cells after the name. */
  private static Map<String, List<String>> capabilityRows() throws IOException {
    List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    int start = lines.indexOf("## What each database can do");
    assertThat(start).as("the section in %s", PAGE).isNotNegative();
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : lines.subList(start, lines.size())) {
      if (!line.startsWith("| `")) {
        continue;
      }
      List<String> cells = new ArrayList<>(Arrays.stream(line.split("\\|")).map(String::strip).toList());
      cells.remove(0); // before the first '|'
      String name = cells.remove(0).replace("`", "");
      rows.put(name, cells);
    }
    return rows;
  }

  private static boolean value(RecordComponent component, Capabilities capabilities) {
    try {
      return (boolean) component.getAccessor().invoke(capabilities);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
