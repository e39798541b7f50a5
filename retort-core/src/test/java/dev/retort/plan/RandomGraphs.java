package dev.retort.plan;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random valid revision graphs for planner properties: branches, merges, several bases, labels, depends_on. */
final class RandomGraphs {
  private RandomGraphs() {}

  static RevisionGraph generate(long seed, int size) {
    Random random = new Random(seed);
    List<Revision> revisions = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    int labels = 0;
    for (int i = 0; i < size; i++) {
      String id = "r" + i;
      Set<String> parents = new LinkedHashSet<>();
      if (i > 0 && random.nextInt(10) != 0) {
        parents.add(ids.get(pickRecent(random, i)));
        if (i > 2 && random.nextInt(5) == 0) {
          parents.add(ids.get(random.nextInt(i)));
        }
      }
      List<String> deps = new ArrayList<>();
      if (i > 3 && random.nextInt(6) == 0) {
        String dep = ids.get(random.nextInt(i));
        if (!parents.contains(dep)) {
          deps.add(dep);
        }
      }
      Set<String> branchLabels = new LinkedHashSet<>();
      if (random.nextInt(8) == 0) {
        branchLabels.add("lab" + labels++);
      }
      revisions.add(Revision.of(id, List.copyOf(parents), deps, branchLabels));
      ids.add(id);
    }
    return RevisionGraph.of(revisions);
  }

  private static int pickRecent(Random random, int i) {
    int back = Math.min(i, 1 + random.nextInt(4));
    return i - back;
  }
}
