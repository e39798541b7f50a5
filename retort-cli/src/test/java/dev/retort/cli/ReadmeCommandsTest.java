package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's commands on a copy of {@code examples/quickstart}, in the README's order:
 * the quick start ({@code bin/retort -c examples/quickstart/retort.toml ...} from the repository
 * folder), then every {@code ../../bin/retort ...} line (from {@code examples/quickstart}). Each
 * must exit 0, and every {@code "quoted"} text in its comment must be a line it printed.
 */
class ReadmeCommandsTest {
  static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
  static final Path QUICKSTART = Path.of("..", "examples", "quickstart").toAbsolutePath().normalize();
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  @TempDir Path repo;
  Path quickstart;

  /** One command line of the README: where it runs, its arguments, and its comment. */
  record Command(Path dir, List<String> args, String comment) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  @BeforeEach
  void copyQuickstart() throws IOException {
    quickstart = repo.resolve("examples/quickstart");
    try (Stream<Path> files = Files.walk(QUICKSTART)) {
      for (Path from : files.toList()) {
        String name = from.getFileName().toString();
        if (name.endsWith(".db") || name.contains(".db-") || name.endsWith(".retort-lock")) {
          continue; // the state of a local run of the quick start, not part of the example
        }
        Path to = quickstart.resolve(QUICKSTART.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
  }

  @Test
  void everyQuickstartCommandOfTheReadme_exits0AndPrintsWhatItsCommentQuotes() throws IOException {
    Map<String, CliRun.Result> results = new LinkedHashMap<>();
    for (Command command : commands()) {
      CliRun.Result result = CliRun.run(command.dir(), Map.of(), command.args().toArray(String[]::new));
      assertThat(result.exitCode()).as("%s; stderr:\n%s", command, result.err()).isZero();
      assertThat(result.err()).as("%s", command).doesNotContain("error");
      List<String> printed = new ArrayList<>(result.outLines());
      printed.addAll(withoutDurations(result.errLines()));
      Matcher quoted = QUOTED.matcher(command.comment());
      while (quoted.find()) {
        assertThat(printed).as("%s prints what its comment quotes", command).contains(quoted.group(1));
      }
      results.putIfAbsent(command.toString(), result);
    }
    assertThat(repo.resolve("shop/retort.toml")).as("'init shop', run in the repository folder").isRegularFile();
    assertThat(results.keySet()).as("the README's commands").contains(
        "-c examples/quickstart/retort.toml upgrade head", "downgrade base", "downgrade loyalty@base", "status");
    // the block after the quick start: every command prints something, none is a silent no-op
    assertThat(results.get("downgrade base").errLines()).hasSize(12);
    assertThat(results.get("upgrade head").errLines()).hasSize(12);
    assertThat(withoutDurations(results.get("downgrade loyalty@base").errLines())).containsExactly(
        "Running downgrade b4c5d6e7f809 -> a3b4c5d6e7f8, create shipments",
        "Running downgrade a3b4c5d6e7f8 -> 708192a3b4c5, 92a3b4c5d6e7, merge loyalty into main",
        "Running downgrade 708192a3b4c5 -> 6f708192a3b4, record loyalty events",
        "Running downgrade 6f708192a3b4 -> 5e6f708192a3, create loyalty accounts");
    List<String> status = results.get("status").outLines();
    assertThat(status.stream().filter(l -> l.startsWith("applied "))).hasSize(7);
    assertThat(status.stream().filter(l -> l.startsWith("pending "))).hasSize(5);
  }

  /** A step's line ends with its duration, e.g. " (9 ms)"; the README quotes the line without it. */
  private static List<String> withoutDurations(List<String> lines) {
    return lines.stream().map(l -> l.replaceFirst(" \\((failed after )?\\d+ ms\\)$", "")).toList();
  }

  @Test
  void targetsTheReadmeLists_allResolveOnTheQuickstart_andTheRefusedOneIsRefused() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("**Look around history.**");
    String paragraph = readme.substring(start, readme.indexOf("```", start));
    // the targets it says work everywhere: those before the note on the refused relative step
    int note = paragraph.indexOf("(a relative");
    String listed = note < 0 ? paragraph : paragraph.substring(0, note);
    Matcher target = Pattern.compile("`([^`]+)`").matcher(listed);
    List<String> targets = new ArrayList<>();
    while (target.find()) {
      targets.add(target.group(1));
    }
    assertThat(targets).contains("head", "loyalty@head", "head-1");
    for (String t : targets) {
      assertThat(CliRun.run(quickstart, Map.of(), "show", t).exitCode()).as("show %s", t).isZero();
    }
    assertThat(paragraph).contains("`5e6f+1`");
    CliRun.run(quickstart, Map.of(), "show", "5e6f+1").failedWith("RT-G006");
  }

  /** The quick start's and the quickstart folder's {@code retort} commands, in README order. */
  private List<Command> commands() throws IOException {
    List<Command> commands = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(README)) {
      if (line.startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      if (!inCode) {
        continue;
      }
      int hash = line.indexOf("  #");
      String comment = hash < 0 ? "" : line.substring(hash + 3);
      String code = hash < 0 ? line : line.substring(0, hash);
      for (String part : code.split(" && ")) {
        String text = cut(cut(part.strip(), " | "), " > ");
        if (text.startsWith("bin/retort ")) {
          commands.add(new Command(repo, words(text.substring("bin/retort ".length())), comment));
        } else if (text.startsWith("../../bin/retort ")) {
          commands.add(new Command(quickstart, words(text.substring("../../bin/retort ".length())), comment));
        }
      }
    }
    return commands;
  }

  /** The text before a pipe or a redirection: the retort command itself. */
  private static String cut(String text, String separator) {
    int at = text.indexOf(separator);
    return at < 0 ? text : text.substring(0, at).strip();
  }

  /** Shell words: split on spaces, with single and double quotes grouping. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean inWord = false;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (c == ' ') {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
