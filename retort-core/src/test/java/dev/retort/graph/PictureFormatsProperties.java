package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.draw.DotGraph;
import dev.retort.graph.draw.GraphView;
import dev.retort.graph.draw.MermaidGraph;
import dev.retort.graph.draw.PictureReaders;
import dev.retort.graph.draw.SvgGraph;
import java.util.LinkedHashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** DOT, Mermaid and SVG pictures of random graphs hold every revision and exactly the graph's edges. */
class PictureFormatsProperties {

  @Provide
  Arbitrary<RandomDag> dags() {
    return RandomDag.dags(80);
  }

  /** Parent edges {@code p -> c} and dependency edges {@code d ..> c}, from the generator's own model. */
  static Set<String> expectedEdges(RandomDag dag) {
    Set<String> edges = new LinkedHashSet<>();
    dag.parents().forEach((id, parents) -> parents.forEach(p -> edges.add(p + " -> " + id)));
    dag.dependencies().forEach((id, targets) -> targets.forEach(d -> edges.add(d + " ..> " + id)));
    return edges;
  }

  private static int edgeCount(RandomDag dag) {
    return dag.parents().values().stream().mapToInt(java.util.List::size).sum()
        + dag.dependencies().values().stream().mapToInt(Set::size).sum();
  }

  @Property(tries = 150)
  void dot_holdsEveryRevisionAndExactlyTheEdges(@ForAll("dags") RandomDag dag) {
    PictureReaders.Contents dot = PictureReaders.dot(DotGraph.render(GraphView.of(RevisionGraph.of(dag.revisions()))));

    assertThat(dot.revisions()).containsExactlyInAnyOrderElementsOf(dag.ids());
    assertThat(dot.edges()).containsExactlyInAnyOrderElementsOf(expectedEdges(dag));
    assertThat(dot.edgeElements()).isEqualTo(edgeCount(dag));
  }

  @Property(tries = 150)
  void mermaid_holdsEveryRevisionAndExactlyTheEdges(@ForAll("dags") RandomDag dag) {
    PictureReaders.Contents mermaid =
        PictureReaders.mermaid(MermaidGraph.render(GraphView.of(RevisionGraph.of(dag.revisions()))));

    assertThat(mermaid.revisions()).containsExactlyInAnyOrderElementsOf(dag.ids());
    assertThat(mermaid.edges()).containsExactlyInAnyOrderElementsOf(expectedEdges(dag));
    assertThat(mermaid.edgeElements()).isEqualTo(edgeCount(dag));
  }

  @Property(tries = 150)
  void svg_isWellFormedWithOneBoxPerRevisionAndOnePathPerEdge(@ForAll("dags") RandomDag dag) {
    String svg = SvgGraph.render(GraphView.of(RevisionGraph.of(dag.revisions())));
    PictureReaders.Contents contents = PictureReaders.svg(svg);

    assertThat(contents.revisions()).containsExactlyInAnyOrderElementsOf(dag.ids());
    assertThat(contents.edges()).containsExactlyInAnyOrderElementsOf(expectedEdges(dag));
    assertThat(contents.edgeElements()).isEqualTo(edgeCount(dag));
  }
}
