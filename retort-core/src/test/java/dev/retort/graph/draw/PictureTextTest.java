package dev.retort.graph.draw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.RevisionKind;
import dev.retort.graph.ScriptOrigin;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Messages with markup characters survive every format; marks follow the database. */
class PictureTextTest {
  private static final String NASTY = "a < b && \"c\" 'd' > e ]]> #1; `x` \\n \u0001 end";

  private static Revision revision(String id, List<String> parents, String message, Set<String> labels) {
    return new Revision(RevisionId.of(id), parents.stream().map(RevisionId::of).toList(), List.of(), labels, message,
        "", RevisionKind.SQL, "", true, ScriptOrigin.inMemory(id));
  }

  private static RevisionGraph graph() {
    return RevisionGraph.of(List.of(
        revision("aaaa0001", List.of(), "create users", Set.of("core")),
        revision("bbbb0002", List.of("aaaa0001"), NASTY, Set.of()),
        revision("cccc0003", List.of("aaaa0001"), "add orders", Set.of()),
        revision("dddd0004", List.of("bbbb0002", "cccc0003"), "merge", Set.of())));
  }

  @Test
  void svg_messageWithMarkup_isEscapedAndReadsBackAsWritten() {
    String svg = SvgGraph.render(GraphView.of(graph()));

    Document doc = PictureReaders.parseXml(svg);
    NodeList titles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < titles.getLength(); i++) {
      texts.add(titles.item(i).getTextContent());
    }
    // the control character is the only one replaced
    assertThat(texts).contains("bbbb0002, " + NASTY.replace('\u0001', '\uFFFD'));
    assertThat(texts).contains("aaaa0001 (core), create users");
  }

  @Test
  void dot_messageWithQuotesAndBackslashes_staysInsideItsString() {
    String dot = DotGraph.render(GraphView.of(graph()));

    String line = dot.lines().filter(l -> l.startsWith("  \"bbbb0002\" [")).findFirst().orElseThrow();
    // the label ends where the attribute list closes: no quote inside it is left unescaped
    String label = line.substring(line.indexOf("label=\"") + 7, line.lastIndexOf("\"]"));
    assertThat(label.replace("\\\\", "").replace("\\\"", "")).doesNotContain("\"");
    assertThat(label).contains("\\\"c\\\"").contains("\\\\n");
  }

  @Test
  void mermaid_messageWithMarkup_hasNoRawQuoteOrAngleBracket() {
    String mermaid = MermaidGraph.render(GraphView.of(graph()));

    String line = mermaid.lines().filter(l -> l.contains("bbbb0002")).findFirst().orElseThrow();
    String label = line.substring(line.indexOf("[\"") + 2, line.lastIndexOf("\"]"));
    assertThat(label.replace("<br/>", "")).doesNotContain("\"", "<", ">").contains("#quot;c#quot;", "#lt;");
  }

  @Test
  void marks_versionRowAndItsAncestors_areAppliedInEveryFormat() {
    GraphView view = GraphView.of(graph(), graph().topologicalOrder(), List.of(RevisionId.of("bbbb0002")), true);

    assertThat(view.revisions()).filteredOn(DrawnRevision::applied).extracting(DrawnRevision::id)
        .containsExactlyInAnyOrder("aaaa0001", "bbbb0002");
    assertThat(view.revisions()).filteredOn(DrawnRevision::current).extracting(DrawnRevision::id)
        .containsExactly("bbbb0002");
    Document svg = PictureReaders.parseXml(SvgGraph.render(view));
    NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    List<String> applied = new java.util.ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains("applied")) {
        applied.add(g.getAttribute("data-id"));
      }
    }
    assertThat(applied).containsExactlyInAnyOrder("aaaa0001", "bbbb0002");
    String mermaid = MermaidGraph.render(view);
    java.util.Map<String, String> idOf = new java.util.HashMap<>();
    mermaid.lines().filter(l -> l.matches("  r\\d+\\[.*")).forEach(l -> idOf.put(l.substring(2, l.indexOf('[')),
        l.substring(l.indexOf("[\"") + 2, l.indexOf("[\"") + 10)));
    assertThat(mermaid.lines().filter(l -> l.startsWith("  class ")).map(l -> {
      String[] parts = l.trim().split(" ");
      return idOf.get(parts[1]) + " " + parts[2];
    })).containsExactlyInAnyOrder("aaaa0001 applied", "bbbb0002 applied,current", "dddd0004 head");
  }

  @Test
  void lanes_mergeOfFourParentsAcrossOtherLines_readBackIntoItsEdges() {
    RevisionGraph graph = RevisionGraph.of(List.of(
        Revision.of("base1", List.of()),
        Revision.of("aaaa", List.of("base1")),
        Revision.of("bbbb", List.of("base1")),
        Revision.of("cccc", List.of("aaaa")),
        Revision.of("base2", List.of()),
        Revision.of("dddd", List.of("base2")),
        Revision.of("side", List.of("bbbb")),
        Revision.of("octo", List.of("cccc", "bbbb", "dddd", "base2")),
        Revision.of("tip", List.of("octo", "side"))));

    String text = AsciiGraph.render(GraphView.of(graph));
    LanePicture picture = LanePicture.parse(text);

    assertThat(picture.parents().get("octo")).as(text).containsExactlyInAnyOrder("cccc", "bbbb", "dddd", "base2");
    assertThat(picture.parents().get("tip")).as(text).containsExactlyInAnyOrder("octo", "side");
    assertThat(picture.parents().get("side")).as(text).containsExactly("bbbb");
    assertThat(picture.parents().get("dddd")).as(text).containsExactly("base2");
    assertThat(picture.parents().get("base1")).as(text).isEmpty();
  }

  @Test
  void svg_emptyView_isStillAWellFormedPicture() {
    GraphView view = GraphView.of(graph(), List.of(), List.of(), false);

    assertThat(PictureReaders.svg(SvgGraph.render(view)).revisions()).isEmpty();
    assertThat(AsciiGraph.render(view)).isEmpty();
  }
}
