package dev.retort.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.draw.AsciiGraph;
import dev.retort.graph.draw.DotGraph;
import dev.retort.graph.draw.MermaidGraph;
import dev.retort.graph.draw.PictureReaders;
import dev.retort.graph.draw.SvgGraph;
import dev.retort.graph.draw.GraphView;
import dev.retort.graph.draw.LanePicture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pictures of the seven real histories read back into their graphs, and stay narrow. */
class RealWorldGraphPicturesTest {

  static List<String> projects() {
    return RealWorldGraphs.PROJECTS;
  }

  @ParameterizedTest
  @MethodSource("projects")
  void lanes_readBack_giveExactlyTheParentEdges(String project) {
    RealWorldGraphs.Spec spec = RealWorldGraphs.load(project);
    RevisionGraph graph = RealWorldGraphs.memoryGraph(spec);

    String text = AsciiGraph.render(GraphView.of(graph));
    LanePicture picture = LanePicture.parse(text);

    assertThat(picture.ids()).hasSize(spec.revisions().size());
    Map<String, Integer> row = new HashMap<>();
    for (int i = 0; i < picture.ids().size(); i++) {
      row.put(picture.ids().get(i), i);
    }
    for (RealWorldGraphs.SpecRevision r : spec.revisions()) {
      assertThat(picture.parents().get(r.id())).as("parents of %s", r.id())
          .containsExactlyInAnyOrderElementsOf(new TreeSet<>(r.downRevisions()));
      r.downRevisions().forEach(p -> assertThat(row.get(p)).as("%s below its child %s", p, r.id())
          .isGreaterThan(row.get(r.id())));
    }
    // freed lanes are closed up: no wider than the edges open at once, plus the lane being opened
    // and one kept free below a base
    assertThat(picture.width()).as("lanes of %s:%n%s", project, text)
        .isLessThanOrEqualTo(maxOpenEdges(picture.ids(), spec) + 2);
  }

  @ParameterizedTest
  @MethodSource("projects")
  void dotMermaidSvg_holdEveryRevisionAndEveryEdge(String project) {
    RealWorldGraphs.Spec spec = RealWorldGraphs.load(project);
    RevisionGraph graph = RealWorldGraphs.memoryGraph(spec);
    GraphView view = GraphView.of(graph);
    java.util.Set<String> edges = new java.util.LinkedHashSet<>();
    int count = 0;
    for (RealWorldGraphs.SpecRevision r : spec.revisions()) {
      for (String p : r.downRevisions()) {
        edges.add(p + " -> " + r.id());
        count++;
      }
      // depends_on may name a label; the spec's labels say which revision declares it
      for (String d : new java.util.LinkedHashSet<>(r.dependsOn())) {
        String target = spec.revisions().stream().filter(o -> o.branchLabels().contains(d)).map(o -> o.id())
            .findFirst().orElse(d);
        if (edges.add(target + " ..> " + r.id())) {
          count++;
        }
      }
    }
    List<String> ids = spec.revisions().stream().map(RealWorldGraphs.SpecRevision::id).toList();

    for (PictureReaders.Contents contents : List.of(
        PictureReaders.dot(DotGraph.render(view)),
        PictureReaders.mermaid(MermaidGraph.render(view)),
        PictureReaders.svg(SvgGraph.render(view)))) {
      assertThat(contents.revisions()).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(contents.edges()).containsExactlyInAnyOrderElementsOf(edges);
      assertThat(contents.edgeElements()).isEqualTo(count);
    }
  }

  /** The most parent edges that pass one gap between two lines of revisions, in the picture's order. */
  private static int maxOpenEdges(List<String> ids, RealWorldGraphs.Spec spec) {
    Map<String, Integer> row = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      row.put(ids.get(i), i);
    }
    int[] open = new int[ids.size() + 1];
    for (RealWorldGraphs.SpecRevision r : spec.revisions()) {
      for (String parent : r.downRevisions()) {
        for (int gap = row.get(r.id()) + 1; gap <= row.get(parent); gap++) {
          open[gap]++;
        }
      }
    }
    return java.util.Arrays.stream(open).max().orElse(0);
  }
}
