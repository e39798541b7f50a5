package dev.retort.cli;

import static dev.retort.cli.CliRun.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on the bundled example project, {@code examples/quickstart}: 12 revisions, a branch
 * point at 5e6f708192a3 (one side labelled {@code loyalty}) merged again at a3b4c5d6e7f8.
 * Expected values are read from the files' headers by this test's own small parser.
 */
class QuickstartCliTest {
  static final Path QUICKSTART = Path.of("..", "examples", "quickstart").toAbsolutePath().normalize();
  static final Path CONFIG = QUICKSTART.resolve("retort.toml");

  /** The header fields of one file, read by this test. */
  record Header(Path file, String id, List<String> parents, String message, List<String> labels) {}

  static Map<String, Header> headers;

  @BeforeAll
  static void readHeaders() throws IOException {
    headers = new TreeMap<>();
    Pattern field = Pattern.compile("^-- ([A-Za-z-]+):(.*)$");
    try (Stream<Path> files = Files.list(QUICKSTART.resolve("migrations/versions"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
          Matcher m = field.matcher(line);
          if (m.matches()) {
            values.putIfAbsent(m.group(1), m.group(2).strip());
          }
        }
        String id = values.get("Revision");
        headers.put(id, new Header(file, id, list(values.get("Revises")), values.get("Message"),
            list(values.getOrDefault("Branch-Labels", ""))));
      }
    }
    assertThat(headers).as("quickstart revisions").hasSize(12);
  }

  private static List<String> list(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).toList();
  }

  /** Runs with {@code -c ../examples/quickstart/retort.toml} from the module folder. */
  private static CliRun.Result retort(String... args) {
    List<String> all = new ArrayList<>(List.of("-c", "../examples/quickstart/retort.toml"));
    all.addAll(List.of(args));
    return CliRun.run(Path.of("").toAbsolutePath(), Map.of(), all.toArray(String[]::new));
  }

  private static Map<String, List<String>> parents() {
    Map<String, List<String>> parents = new TreeMap<>();
    headers.forEach((id, h) -> parents.put(id, h.parents()));
    return parents;
  }

  @Test
  void heads_printsTheOneHeadWithTheLoyaltyLabel() {
    assertThat(retort("heads").succeeded().out()).isEqualTo(text("c5d6e7f8091a (loyalty) (head)"));
  }

  @Test
  void heads_resolveDependencies_sameHeadAsThereAreNoDependencies() {
    assertThat(retort("heads", "--resolve-dependencies").succeeded().out())
        .isEqualTo(text("c5d6e7f8091a (loyalty) (head)"));
  }

  @Test
  void branches_printsTheBranchPointAndBothChildren() {
    assertThat(retort("branches").succeeded().out()).isEqualTo(text(
        "5e6f708192a3 (branchpoint)",
        "             -> 6f708192a3b4 (loyalty)",
        "             -> 8192a3b4c5d6",
        ""));
  }

  @Test
  void history_printsAllTwelveRevisionsNewestFirst() {
    List<String> lines = retort("history").succeeded().outLines();

    assertThat(lines).hasSize(12);
    assertThat(lines.get(0)).isEqualTo("b4c5d6e7f809 -> c5d6e7f8091a (loyalty) (head), index shipments by order");
    assertThat(lines.get(11)).isEqualTo("<base> -> 1a2b3c4d5e6f, create customers");
    assertThat(lines).contains(
        "708192a3b4c5, 92a3b4c5d6e7 -> a3b4c5d6e7f8 (loyalty) (mergepoint), merge loyalty into main",
        "4d5e6f708192 -> 5e6f708192a3 (branchpoint), create order lines",
        "5e6f708192a3 -> 6f708192a3b4 (loyalty), create loyalty accounts",
        "5e6f708192a3 -> 8192a3b4c5d6, index orders by customer",
        "8192a3b4c5d6 -> 92a3b4c5d6e7, add order status");
    Projects.assertNewestFirst(lines.stream().map(Projects::idOfHistoryLine).toList(), parents());
    for (String line : lines) {
      Header h = headers.get(Projects.idOfHistoryLine(line));
      String parentsText = h.parents().isEmpty() ? "<base>" : String.join(", ", h.parents());
      assertThat(line).startsWith(parentsText + " -> " + h.id()).endsWith(", " + h.message());
    }
  }

  @Test
  void history_rangeFromBranchPointToMerge_holdsBothSides() {
    List<String> lines = retort("history", "-r", "5e6f708192a3:a3b4c5d6e7f8").succeeded().outLines();

    assertThat(lines.stream().map(Projects::idOfHistoryLine)).containsExactlyInAnyOrder(
        "a3b4c5d6e7f8", "708192a3b4c5", "6f708192a3b4", "92a3b4c5d6e7", "8192a3b4c5d6", "5e6f708192a3");
    assertThat(lines.get(0)).startsWith("708192a3b4c5, 92a3b4c5d6e7 -> a3b4c5d6e7f8");
    assertThat(lines.get(5)).startsWith("4d5e6f708192 -> 5e6f708192a3");
  }

  @Test
  void history_loyaltyBranch_isTheLabelledRevisionsOnly() {
    List<String> lines = retort("history", "-r", "loyalty@base:loyalty@head").succeeded().outLines();

    assertThat(lines.stream().map(Projects::idOfHistoryLine)).containsExactly(
        "c5d6e7f8091a", "b4c5d6e7f809", "a3b4c5d6e7f8", "708192a3b4c5", "6f708192a3b4");
  }

  @Test
  void history_openEndsAndRelativeStart() {
    assertThat(retort("history", "-r", "a3b4c5d6e7f8:").succeeded().outLines().stream()
        .map(Projects::idOfHistoryLine)).containsExactly("c5d6e7f8091a", "b4c5d6e7f809", "a3b4c5d6e7f8");
    assertThat(retort("history", "-r", ":3c4d5e6f7081").succeeded().outLines()).containsExactly(
        "2b3c4d5e6f70 -> 3c4d5e6f7081, add product price",
        "1a2b3c4d5e6f -> 2b3c4d5e6f70, create products",
        "<base> -> 1a2b3c4d5e6f, create customers");
    assertThat(retort("history", "-r", "head-2:").succeeded().outLines().stream()
        .map(Projects::idOfHistoryLine)).containsExactly("c5d6e7f8091a", "b4c5d6e7f809", "a3b4c5d6e7f8");
  }

  @Test
  void history_verbose_hasARevBlockPerRevision() {
    List<String> lines = retort("history", "--verbose").succeeded().outLines();

    assertThat(lines.stream().filter(l -> l.startsWith("Rev: "))).hasSize(12)
        .contains("Rev: c5d6e7f8091a (head)", "Rev: 5e6f708192a3 (branchpoint)", "Rev: a3b4c5d6e7f8 (mergepoint)");
    assertThat(lines).contains(
        "Merges: 708192a3b4c5, 92a3b4c5d6e7",
        "Branches into: 6f708192a3b4, 8192a3b4c5d6",
        "Path: " + TestProject.shown(headers.get("1a2b3c4d5e6f").file()));
  }

  @Test
  void show_mergeByPrefix_printsMergesAndBranchNames() {
    List<String> lines = retort("show", "a3b4").succeeded().outLines();

    assertThat(lines).startsWith(
        "Rev: a3b4c5d6e7f8 (mergepoint)",
        "Merges: 708192a3b4c5, 92a3b4c5d6e7",
        "Branch names: loyalty",
        "Path: " + TestProject.shown(headers.get("a3b4c5d6e7f8").file()),
        "",
        "    merge loyalty into main");
  }

  @Test
  void show_loyaltyHeadAndHeadMinusOne() {
    assertThat(retort("show", "loyalty@head").succeeded().outLines()).first().isEqualTo("Rev: c5d6e7f8091a (head)");
    assertThat(retort("show", "head-1").succeeded().outLines()).first().isEqualTo("Rev: b4c5d6e7f809");
    assertThat(retort("show", "5e6f+1").failedWith("RT-G006").err())
        .contains("6f708192a3b4").contains("8192a3b4c5d6");
  }

  @Test
  void history_json_matchesTheFiles() {
    JsonNode json = retort("history", "--json").succeeded().json();

    RevisionJsonAssert.allHaveShape(json);
    assertThat(HeadsCliTest.ids(json)).containsExactlyInAnyOrderElementsOf(headers.keySet());
    for (JsonNode node : json) {
      Header h = headers.get(node.get("id").asText());
      assertThat(RevisionJsonAssert.strings(node.get("parents"))).as(h.id()).containsExactlyElementsOf(h.parents());
      assertThat(node.get("message").asText()).as(h.id()).isEqualTo(h.message());
      assertThat(RevisionJsonAssert.strings(node.get("branchLabels"))).as(h.id())
          .containsExactlyInAnyOrderElementsOf(h.labels());
      RevisionJsonAssert.pointsAt(node, h.file());
    }
  }

  @Test
  void heads_json_andShowJson_agreeOnTheHead() {
    JsonNode heads = retort("heads", "--json").succeeded().json();
    JsonNode show = retort("show", "head", "--json").succeeded().json();

    assertThat(heads.isArray()).isTrue();
    assertThat(heads).hasSize(1);
    RevisionJsonAssert.hasShape(show);
    assertThat(heads.get(0)).isEqualTo(show);
    assertThat(show.get("id").asText()).isEqualTo("c5d6e7f8091a");
    RevisionJsonAssert.pointsAt(show, headers.get("c5d6e7f8091a").file());
  }

  @Test
  void configFromEnvironment_retortConfigIsUsedWithoutDashC(@TempDir Path elsewhere) {
    var result = CliRun.run(elsewhere, Map.of("RETORT_CONFIG", CONFIG.toString()), "heads").succeeded();

    assertThat(result.out()).isEqualTo(text("c5d6e7f8091a (loyalty) (head)"));
  }

  @Test
  void workingDirectoryInsideTheProject_findsTheRetortTomlAbove() {
    var result = CliRun.run(QUICKSTART.resolve("migrations/versions"), Map.of(), "heads").succeeded();

    assertThat(result.out()).isEqualTo(text("c5d6e7f8091a (loyalty) (head)"));
  }

  @Test
  void workingDirectoryIsTheProject_findsItsRetortToml() {
    var result = CliRun.run(QUICKSTART, Map.of(), "heads").succeeded();

    assertThat(result.out()).isEqualTo(text("c5d6e7f8091a (loyalty) (head)"));
  }
}
