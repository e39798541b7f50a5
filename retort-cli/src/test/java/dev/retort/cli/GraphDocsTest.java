package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures in the docs are made by Retort, not drawn by hand: each code block after a {@code
 * <!-- generated: SOURCE retort ARGS -->} line in {@code docs/graph.md} and {@code
 * docs/commands.md} is that command's output, and each {@code docs/images/*-graph.svg} is {@code
 * retort graph -f svg} of its source. Sources: {@code redash} (the real history of
 * getredash/redash, from {@code src/test/resources/graph-docs/redash.txt}) and {@code quickstart}
 * (a copy of {@code examples/quickstart}, its database upgraded to {@code 708192a3b4c5}). With
 * {@code -Dretort.docs.regenerate=true} (or {@code docs/regenerate-pictures.sh}) the test writes
 * the pictures instead of comparing them.
 */
class GraphDocsTest {
  static final String REGENERATE = "mvn -o -q -pl retort-cli -am test-compile surefire:test -Dtest=GraphDocsTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dretort.docs.regenerate=true (or docs/regenerate-pictures.sh)";
  private static final Path DOCS = Path.of("..", "docs").toAbsolutePath().normalize();
  private static final Pattern MARKER = Pattern.compile("^<!-- generated: (\\S+) retort (.+) -->$");
  /** Each image, its source, and whether the picture marks the source's database. */
  private static final Map<String, List<String>> IMAGES = Map.of(
      "redash-graph.svg", List.of("redash"), "quickstart-graph.svg", List.of("quickstart", "-i"));

  @TempDir Path dir;

  private final Map<String, Path> sources = new LinkedHashMap<>();

  private static boolean regenerate() {
    return Boolean.getBoolean("retort.docs.regenerate");
  }

  @Test
  void codeBlocksAfterGeneratedMarkers_areTheCommandsOutput() throws IOException {
    List<String> stale = new ArrayList<>();
    int blocks = 0;
    for (String page : List.of("graph.md", "commands.md")) {
      Path file = DOCS.resolve(page);
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = MARKER.matcher(lines.get(i));
        if (!marker.matches()) {
          continue;
        }
        blocks++;
        assertThat(lines.get(i + 1)).as("%s:%d: a code block follows the marker", page, i + 2).isEqualTo("```");
        int end = lines.subList(i + 2, lines.size()).indexOf("```") + i + 2;
        assertThat(end).as("%s:%d: the code block ends", page, i + 2).isGreaterThan(i + 1);
        String[] args = marker.group(2).split(" ");
        List<String> expected = new ArrayList<>();
        expected.add("$ retort " + marker.group(2));
        expected.addAll(run(marker.group(1), args).outLines());
        if (!lines.subList(i + 2, end).equals(expected)) {
          stale.add(page + ":" + (i + 1) + " (" + marker.group(0) + ")");
          lines.subList(i + 2, end).clear();
          lines.addAll(i + 2, expected);
        }
      }
      if (regenerate()) {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      }
    }
    assertThat(blocks).as("generated blocks in the docs").isGreaterThanOrEqualTo(3);
    if (!regenerate()) {
      assertThat(stale).as("pictures out of date; regenerate with %s", REGENERATE).isEmpty();
    }
  }

  @Test
  void svgImages_areRetortsPictures() throws IOException {
    for (Map.Entry<String, List<String>> image : IMAGES.entrySet()) {
      Path file = DOCS.resolve("images").resolve(image.getKey());
      List<String> args = new ArrayList<>(List.of("graph", "--format", "svg"));
      args.addAll(image.getValue().subList(1, image.getValue().size()));
      String svg = run(image.getValue().get(0), args.toArray(String[]::new)).out();
      if (regenerate()) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, svg, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "")
          .as("docs/images/%s is out of date; regenerate with %s", image.getKey(), REGENERATE).isEqualTo(svg);
    }
  }

  private CliRun.Result run(String source, String... args) throws IOException {
    return CliRun.run(source(source), Map.of(), args).succeeded();
  }

  private Path source(String name) throws IOException {
    Path existing = sources.get(name);
    if (existing != null) {
      return existing;
    }
    Path project = dir.resolve(name);
    switch (name) {
      case "redash" -> writeRedash(project);
      case "quickstart" -> {
        copyQuickstart(project);
        assertThat(CliRun.run(project, Map.of(), "upgrade", "708192a3b4c5").exitCode()).isZero();
      }
      default -> throw new AssertionError("unknown picture source " + name);
    }
    sources.put(name, project);
    return project;
  }

  private static void writeRedash(Path project) throws IOException {
    TestProject p = TestProject.in(project);
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:redash.db\"\n");
    try (InputStream in = GraphDocsTest.class.getResourceAsStream("/graph-docs/redash.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(" \\| ", -1);
        p.rev(fields[0].trim(), fields[1].trim(), fields[2].trim()).write();
      }
    }
  }

  private static void copyQuickstart(Path to) throws IOException {
    Path from = Path.of("..", "examples", "quickstart").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".db") || name.contains(".db-") || name.endsWith(".retort-lock")) {
          continue;
        }
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
