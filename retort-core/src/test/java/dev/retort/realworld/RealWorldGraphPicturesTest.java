package dev.retort.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.draw.AsciiGraph;
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
    // freed lanes are reused: no wider than the edges open at once, plus the lane being opened
    // and one kept free below a base
    assertThat(picture.width()).as("lanes of %s:%n%s", project, text)
        .isLessThanOrEqualTo(maxOpenEdges(picture.ids(), spec) + 2);
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
