package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.draw.LanePicture;
import dev.retort.graph.draw.PictureReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCliTest {
  @TempDir Path dir;

  private static final List<String> SHOP_IDS = List.of("1111aaaa0001", "2222bbbb0002", "3333cccc0003",
      "4444dddd0004", "5555eeee0005", "6666ffff0006", "7777aaaa0007", "8888bbbb0008");

  /** {@code p -> c} for every parent edge the project declares. */
  private static Set<String> parentEdges(TestProject p, Set<String> only) {
    Set<String> edges = new LinkedHashSet<>();
    p.parents().forEach((id, parents) -> parents.stream()
        .filter(parent -> only.contains(id) && only.contains(parent))
        .forEach(parent -> edges.add(parent + " -> " + id)));
    return edges;
  }

  @Test
  void graph_default_isTextLanesThatReadBackIntoTheParentEdges() {
    TestProject p = Projects.shop(dir);

    CliRun.Result result = p.run("graph").succeeded();

    LanePicture picture = LanePicture.parse(result.out());
    assertThat(picture.ids()).containsExactlyInAnyOrderElementsOf(SHOP_IDS);
    Projects.assertNewestFirst(picture.ids(), p.parents());
    Set<String> read = new LinkedHashSet<>();
    picture.parents().forEach((id, parents) -> parents.forEach(parent -> read.add(parent + " -> " + id)));
    assertThat(read).containsExactlyInAnyOrderElementsOf(parentEdges(p, new HashSet<>(SHOP_IDS)));
    assertThat(picture.glyphs().values()).containsOnly('*');
    assertThat(picture.texts().get("3333cccc0003")).isEqualTo(" (orders), create orders");
    assertThat(picture.texts().get("8888bbbb0008")).isEqualTo(" (head), add invoice number");
    assertThat(picture.texts().get("2222bbbb0002")).isEqualTo(" (branchpoint), add email");
    assertThat(picture.texts().get("6666ffff0006")).isEqualTo(" (mergepoint), merge orders");
  }

  @Test
  void graph_dependsOn_isWrittenAsTextNotDrawnAsALane() {
    TestProject p = Projects.audit(dir, "audit");

    LanePicture picture = LanePicture.parse(p.run("graph").succeeded().out());

    assertThat(picture.texts().get("dddd00000004")).endsWith(", audit users (depends on: cccc00000003)");
    assertThat(picture.parents().get("dddd00000004")).containsExactly("bbbb00000002");
    assertThat(picture.parents().get("cccc00000003")).isEmpty();
  }

  @Test
  void graph_range_drawsOnlyThatPartOfTheHistory() {
    TestProject p = Projects.shop(dir);

    LanePicture picture = LanePicture.parse(p.run("graph", "-r", "4444:7777").succeeded().out());

    Set<String> shown = Set.of("4444dddd0004", "6666ffff0006", "7777aaaa0007");
    assertThat(picture.ids()).containsExactlyInAnyOrderElementsOf(shown);
    assertThat(picture.parents().get("6666ffff0006")).containsExactly("4444dddd0004");
  }

  @Test
  void historyGraph_printsTheSamePictureAsGraph() {
    TestProject p = Projects.shop(dir);

    String graph = p.run("graph", "-r", "2222bbbb0002:").succeeded().out();
    String history = p.run("history", "--graph", "-r", "2222bbbb0002:").succeeded().out();

    assertThat(history).isEqualTo(graph);
    assertThat(LanePicture.parse(history).ids()).hasSize(7);
  }

  @Test
  void historyGraph_withJson_isAUsageError() {
    TestProject p = Projects.shop(dir);

    CliRun.Result result = p.run("history", "--graph", "--json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--graph draws text lanes: leave out --json and --verbose");
  }

  @Test
  void graph_dotAndMermaid_holdEveryRevisionAndEdge() {
    TestProject p = Projects.audit(dir, "cccc00000003");
    Set<String> ids = Set.of("aaaa00000001", "bbbb00000002", "cccc00000003", "dddd00000004");
    Set<String> edges = parentEdges(p, ids);
    edges.add("cccc00000003 ..> dddd00000004");

    PictureReaders.Contents dot = PictureReaders.dot(p.run("graph", "--format", "dot").succeeded().out());
    PictureReaders.Contents mermaid = PictureReaders.mermaid(p.run("graph", "-f", "mermaid").succeeded().out());

    for (PictureReaders.Contents contents : List.of(dot, mermaid)) {
      assertThat(contents.revisions()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(contents.edges()).containsExactlyInAnyOrderElementsOf(edges);
      assertThat(contents.edgeElements()).isEqualTo(edges.size());
    }
  }

  @Test
  void graph_svgToFile_writesAWellFormedPictureAndSaysWhere() throws IOException {
    TestProject p = Projects.shop(dir);

    CliRun.Result result = p.run("graph", "--format", "svg", "-o", "graph.svg").succeeded();

    assertThat(result.out()).isEqualTo("Wrote graph.svg (svg)\n");
    String svg = Files.readString(dir.resolve("graph.svg"), StandardCharsets.UTF_8);
    PictureReaders.Contents contents = PictureReaders.svg(svg);
    assertThat(contents.revisions()).containsExactlyInAnyOrderElementsOf(SHOP_IDS);
    assertThat(contents.edges()).containsExactlyInAnyOrderElementsOf(parentEdges(p, new HashSet<>(SHOP_IDS)));
    assertThat(contents.edgeElements()).isEqualTo(8);
    SHOP_IDS.forEach(id -> assertThat(svg).contains(">" + id));
  }

  @Test
  void graph_outputInAMissingFolder_failsWithOneClearError() {
    TestProject p = Projects.shop(dir);

    CliRun.Result result = p.run("graph", "-o", "no/such/folder/graph.txt");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.errLines().get(0)).startsWith("error[RT-A011]: ").contains("graph.txt")
        .endsWith("cannot write the output file: its folder does not exist");
    assertThat(result.err()).contains("fix: ").doesNotContain("Exception");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void graph_unknownFormat_isAUsageError() {
    TestProject p = Projects.shop(dir);

    CliRun.Result result = p.run("graph", "--format", "png");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("png").contains("ascii, dot, mermaid, svg");
  }

  @Test
  void graph_url_marksExactlyTheRevisionsTheSqliteDatabaseApplied() throws SQLException {
    TestProject p = Projects.shop(dir);
    Path db = dir.resolve("app.db");
    assertThat(p.run("--url", "sqlite:" + db, "upgrade", "4444dddd0004").exitCode()).isZero();
    assertThat(p.run("--url", "sqlite:" + db, "upgrade", "5555eeee0005").exitCode()).isZero();
    Set<String> rows = versionRows(db);
    Set<String> applied = new TreeSet<>();
    List<String> todo = new ArrayList<>(rows);
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      if (applied.add(id)) {
        todo.addAll(p.parents().get(id));
      }
    }

    LanePicture picture = LanePicture.parse(p.run("graph", "--url", "sqlite:" + db).succeeded().out());

    assertThat(rows).containsExactlyInAnyOrder("4444dddd0004", "5555eeee0005");
    for (String id : SHOP_IDS) {
      assertThat(picture.glyphs().get(id)).as("glyph of %s", id).isEqualTo(applied.contains(id) ? '@' : '*');
      assertThat(picture.texts().get(id).contains(" (current)")).as("(current) on %s", id).isEqualTo(rows.contains(id));
    }
    // the configured database, through -i, gives the same marks; without either, none
    p.file("retort.toml", "script_location = \"migrations\"\nurl = \"sqlite:" + db.toString().replace("\\", "/") + "\"\n");
    assertThat(p.run("graph", "-i").succeeded().out()).isEqualTo(p.run("graph", "--url", "sqlite:" + db).out());
    assertThat(p.run("history", "--graph", "-i").succeeded().out()).isEqualTo(p.run("graph", "-i").out());
    assertThat(LanePicture.parse(p.run("graph").succeeded().out()).glyphs().values()).containsOnly('*');
  }

  private static Set<String> versionRows(Path db) throws SQLException {
    Set<String> rows = new TreeSet<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT version_num FROM retort_version")) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  @Test
  void graph_isListedInHelp() {
    CliRun.Result result = CliRun.run(dir, Map.of(), "--help");

    assertThat(result.out()).contains("graph");
  }
}
