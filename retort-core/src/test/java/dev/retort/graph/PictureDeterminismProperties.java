package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.graph.draw.DrawingFormat;
import dev.retort.graph.draw.GraphView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The same revisions give the same picture, whatever order the files were read in. */
class PictureDeterminismProperties {

  @Provide
  Arbitrary<RandomDag> dags() {
    return RandomDag.dags(60);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 100)
  void everyFormat_sameRevisionsReadInAnotherOrder_drawsTheSamePicture(
      @ForAll("dags") RandomDag dag, @ForAll("seeds") long seed) {
    List<Revision> shuffled = new ArrayList<>(dag.revisions());
    Collections.shuffle(shuffled, new Random(seed));
    GraphView first = GraphView.of(RevisionGraph.of(dag.revisions()));
    GraphView second = GraphView.of(RevisionGraph.of(shuffled));

    for (DrawingFormat format : DrawingFormat.values()) {
      assertThat(format.render(second)).as("%s", format).isEqualTo(format.render(first));
    }
  }
}
