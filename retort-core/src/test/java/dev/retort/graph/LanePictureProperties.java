package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.draw.AsciiGraph;
import dev.retort.graph.draw.GraphView;
import dev.retort.graph.draw.LanePicture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The text lane picture, read back by the test's own reader, has exactly the graph's parent edges. */
class LanePictureProperties {

  @Provide
  Arbitrary<RandomDag> dags() {
    return RandomDag.dags(120);
  }

  @Property(tries = 300)
  void lanes_readBack_giveExactlyTheParentEdges(@ForAll("dags") RandomDag dag) {
    RevisionGraph graph = RevisionGraph.of(dag.revisions());

    LanePicture picture = LanePicture.parse(AsciiGraph.render(GraphView.of(graph)));

    assertThat(picture.ids()).containsExactlyInAnyOrderElementsOf(dag.ids());
    assertChildrenAbove(picture.ids(), dag.parents());
    for (String id : dag.ids()) {
      assertThat(picture.parents().get(id)).as("parents of %s", id)
          .containsExactlyInAnyOrderElementsOf(new TreeSet<>(dag.parents().get(id)));
    }
    Statistics.label("merges").collect(dag.parents().values().stream().anyMatch(p -> p.size() > 1));
    Statistics.label("bases").collect(Math.min(3, dag.parents().values().stream().filter(List::isEmpty).count()));
  }

  @Property(tries = 200)
  void lanes_ofPartOfTheGraph_showOnlyEdgesInsideIt(@ForAll("dags") RandomDag dag, @ForAll("seeds") long seed) {
    RevisionGraph graph = RevisionGraph.of(dag.revisions());
    java.util.Random random = new java.util.Random(seed);
    Set<RevisionId> shown = new HashSet<>();
    dag.ids().forEach(id -> {
      if (random.nextInt(3) > 0) {
        shown.add(RevisionId.of(id));
      }
    });

    LanePicture picture = LanePicture.parse(AsciiGraph.render(GraphView.of(graph, shown, List.of(), false)));

    assertThat(picture.ids()).containsExactlyInAnyOrderElementsOf(shown.stream().map(RevisionId::value).toList());
    for (RevisionId id : shown) {
      List<String> expected = dag.parents().get(id.value()).stream().filter(p -> shown.contains(RevisionId.of(p))).toList();
      assertThat(picture.parents().get(id.value())).as("parents of %s", id).containsExactlyInAnyOrderElementsOf(
          new TreeSet<>(expected));
    }
  }

  @Property(tries = 200)
  void appliedGlyph_marksExactlyTheAncestorsOfTheVersionRows(@ForAll("dags") RandomDag dag, @ForAll("seeds") long seed) {
    RevisionGraph graph = RevisionGraph.of(dag.revisions());
    java.util.Random random = new java.util.Random(seed);
    List<String> rows = dag.ids().stream().filter(id -> random.nextInt(8) == 0).toList();
    Set<String> applied = new HashSet<>(rows);
    rows.forEach(row -> applied.addAll(dag.ancestors(row)));

    LanePicture picture = LanePicture.parse(AsciiGraph.render(
        GraphView.of(graph, graph.topologicalOrder(), rows.stream().map(RevisionId::of).toList(), true)));

    for (String id : dag.ids()) {
      assertThat(picture.glyphs().get(id)).as("glyph of %s", id).isEqualTo(applied.contains(id) ? '@' : '*');
      assertThat(picture.texts().get(id)).as("text of %s", id)
          .matches(t -> t.contains(" (current)") == rows.contains(id));
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** Every revision is listed above its parents. */
  static void assertChildrenAbove(List<String> ids, Map<String, List<String>> parents) {
    Map<String, Integer> at = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      at.put(ids.get(i), i);
    }
    List<String> wrong = new ArrayList<>();
    parents.forEach((id, ps) -> ps.stream().filter(p -> at.containsKey(p) && at.containsKey(id) && at.get(p) < at.get(id))
        .forEach(p -> wrong.add(p + " above its child " + id)));
    assertThat(wrong).isEmpty();
  }
}
