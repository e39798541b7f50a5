package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.draw.GraphEdge;
import dev.retort.graph.draw.GraphView;
import dev.retort.graph.draw.LayerOrdering;
import dev.retort.graph.draw.LayerSlot;
import dev.retort.graph.draw.Layering;
import dev.retort.graph.draw.SvgLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The SVG layout's steps keep their promises on random graphs. */
class SvgLayoutProperties {

  @Provide
  Arbitrary<RandomDag> dags() {
    return RandomDag.dags(80);
  }

  @Property(tries = 200)
  void layering_everyEdgePointsUp_andEachRevisionSitsJustAboveItsHighestSource(@ForAll("dags") RandomDag dag) {
    GraphView view = GraphView.of(RevisionGraph.of(dag.revisions()));
    Layering layering = Layering.of(view);
    Map<String, Integer> layer = layering.layerOf();

    assertThat(layer.keySet()).containsExactlyInAnyOrderElementsOf(dag.ids());
    Map<String, Integer> highestSource = new HashMap<>();
    for (GraphEdge edge : view.edges()) {
      assertThat(layer.get(edge.to())).as("%s", edge).isGreaterThan(layer.get(edge.from()));
      highestSource.merge(edge.to(), layer.get(edge.from()), Math::max);
    }
    for (String id : dag.ids()) {
      assertThat(layer.get(id)).as("layer of %s", id).isEqualTo(highestSource.getOrDefault(id, -1) + 1);
    }
  }

  @Property(tries = 200)
  void ordering_placesEachRevisionOnceAndRoutesEveryEdgeOneLayerPerStep(@ForAll("dags") RandomDag dag) {
    GraphView view = GraphView.of(RevisionGraph.of(dag.revisions()));
    Layering layering = Layering.of(view);
    LayerOrdering ordering = LayerOrdering.of(view, layering);

    Map<LayerSlot, Integer> layerOfSlot = new HashMap<>();
    for (int i = 0; i < ordering.layers().size(); i++) {
      for (LayerSlot slot : ordering.layers().get(i)) {
        assertThat(layerOfSlot.put(slot, i)).as("%s placed twice", slot).isNull();
      }
    }
    assertThat(layerOfSlot.keySet().stream().filter(LayerSlot::isRevision).map(LayerSlot::revision))
        .containsExactlyInAnyOrderElementsOf(dag.ids());
    List<GraphEdge> edges = view.edges();
    assertThat(ordering.routes()).hasSameSizeAs(edges);
    for (int e = 0; e < edges.size(); e++) {
      List<LayerSlot> route = ordering.routes().get(e);
      assertThat(route.get(0).revision()).isEqualTo(edges.get(e).from());
      assertThat(route.get(route.size() - 1).revision()).isEqualTo(edges.get(e).to());
      for (int k = 1; k < route.size(); k++) {
        assertThat(layerOfSlot.get(route.get(k))).isEqualTo(layerOfSlot.get(route.get(k - 1)) + 1);
      }
    }
  }

  @Property(tries = 200)
  void coordinates_boxesDoNotOverlapAndStayInsideThePicture(@ForAll("dags") RandomDag dag) {
    SvgLayout layout = SvgLayout.of(GraphView.of(RevisionGraph.of(dag.revisions())));

    Set<String> seen = new HashSet<>();
    List<SvgLayout.Box> boxes = layout.boxes();
    for (SvgLayout.Box box : boxes) {
      assertThat(seen.add(box.revision().id())).isTrue();
      assertThat(box.x()).isGreaterThanOrEqualTo(0);
      assertThat(box.y()).isGreaterThanOrEqualTo(0);
      assertThat(box.x() + 240).isLessThanOrEqualTo(layout.width());
      assertThat(box.y() + 40).isLessThanOrEqualTo(layout.height());
    }
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        SvgLayout.Box a = boxes.get(i);
        SvgLayout.Box b = boxes.get(j);
        boolean apart = a.x() + 240 <= b.x() || b.x() + 240 <= a.x() || a.y() + 40 <= b.y() || b.y() + 40 <= a.y();
        assertThat(apart).as("%s and %s overlap", a, b).isTrue();
      }
    }
    // every line ends on the bottom edge of its upper box and starts on the top edge of its lower one
    Map<String, SvgLayout.Box> byId = new HashMap<>();
    boxes.forEach(b -> byId.put(b.revision().id(), b));
    for (SvgLayout.Line line : layout.lines()) {
      int[] first = line.points().get(0);
      int[] last = line.points().get(line.points().size() - 1);
      assertThat(first[1]).isEqualTo(byId.get(line.edge().from()).y());
      assertThat(last[1]).isEqualTo(byId.get(line.edge().to()).y() + 40);
    }
  }
}
