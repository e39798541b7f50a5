package dev.retort.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class GraphProperties {

  @Provide
  Arbitrary<RandomDag> dags() {
    return RandomDag.dags(200);
  }

  private static List<RevisionId> ids(Iterable<String> values) {
    List<RevisionId> result = new ArrayList<>();
    values.forEach(v -> result.add(RevisionId.of(v)));
    return result;
  }

  @Property(tries = 300)
  void heads_haveNoChild_everyOtherRevisionHasOne(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    Map<String, Set<String>> children = dag.children();

    assertThat(g.heads()).containsExactlyElementsOf(ids(dag.heads()));
    for (String id : dag.ids()) {
      RevisionId rid = RevisionId.of(id);
      assertThat(g.children(rid)).as("children of %s", id).containsExactlyElementsOf(ids(children.get(id)));
      assertThat(g.isHead(rid)).isEqualTo(g.heads().contains(rid));
      if (g.heads().contains(rid)) {
        assertThat(g.children(rid)).isEmpty();
      } else {
        assertThat(g.children(rid)).isNotEmpty();
      }
      assertThat(g.isBranchPoint(rid)).isEqualTo(children.get(id).size() > 1);
      assertThat(g.isMergePoint(rid)).isEqualTo(dag.parents().get(id).size() > 1);
    }
    assertThat(g.bases()).containsExactlyElementsOf(
        ids(dag.ids().stream().filter(id -> dag.parents().get(id).isEmpty()).sorted().toList()));
    int size = dag.revisions().size();
    Statistics.label("size").collect(size < 10 ? "1-9" : size < 100 ? "10-99" : "100-200");
    Statistics.label("size").coverage(c -> c.check("100-200").percentage(p -> p > 10));
    Statistics.label("has branch and merge points").collect(!g.branchPoints().isEmpty() && !g.mergePoints().isEmpty());
    Statistics.label("has branch and merge points").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property(tries = 300)
  void dependencies_andDependents_matchTheModel(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    Map<String, Set<String>> dependents = dag.dependents();

    for (String id : dag.ids()) {
      RevisionId rid = RevisionId.of(id);
      assertThat(g.dependencies(rid)).containsExactlyInAnyOrderElementsOf(ids(dag.dependencies().get(id)));
      assertThat(g.dependents(rid)).containsExactlyElementsOf(ids(dependents.getOrDefault(id, Set.of())));
    }
    assertThat(g.effectiveHeads()).containsExactlyElementsOf(
        ids(dag.heads().stream().filter(h -> !dependents.containsKey(h)).toList()));
  }

  @Property(tries = 300)
  void topologicalOrder_eachRevisionOnce_edgesRespected(@ForAll("dags") RandomDag dag) {
    List<RevisionId> order = RevisionGraph.of(dag.revisions()).topologicalOrder();

    assertThat(order).hasSize(dag.revisions().size()).doesNotHaveDuplicates();
    assertThat(order).containsExactlyInAnyOrderElementsOf(ids(dag.ids()));
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i).value(), i);
    }
    for (String id : dag.ids()) {
      for (String parent : dag.parents().get(id)) {
        assertThat(position.get(parent)).as("%s before %s", parent, id).isLessThan(position.get(id));
      }
      for (String target : dag.dependencies().get(id)) {
        assertThat(position.get(target)).as("%s before %s", target, id).isLessThan(position.get(id));
      }
    }
  }

  @Property(tries = 200)
  void topologicalOrder_doesNotDependOnInsertionOrder(@ForAll("dags") RandomDag dag, @ForAll Random random) {
    List<Revision> shuffled = new ArrayList<>(dag.revisions());
    Collections.shuffle(shuffled, random);

    RevisionGraph original = RevisionGraph.of(dag.revisions());
    RevisionGraph reordered = RevisionGraph.of(shuffled);

    assertThat(reordered.topologicalOrder()).isEqualTo(original.topologicalOrder());
    assertThat(reordered.heads()).isEqualTo(original.heads());
    assertThat(reordered.branchPoints()).isEqualTo(original.branchPoints());
  }

  @Property(tries = 300)
  void heads_target_isExactlyTheRevisionsWithoutChildren(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());

    Resolved heads = new TargetResolver(g, null).resolve("heads");

    assertThat(heads.base()).isFalse();
    assertThat(heads.ids()).containsExactlyElementsOf(ids(dag.heads()));
  }

  @Property(tries = 300)
  void ancestorsOfAllHeads_areEveryRevisionExactlyOnce(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    Traversal t = new Traversal(g);

    Set<RevisionId> upgraded = t.ancestorsOrSelf(g.heads(), Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    Set<RevisionId> throughParents = t.ancestorsOrSelf(g.heads(), Traversal.Edges.PARENTS);

    assertThat(t.inOrder(upgraded)).isEqualTo(g.topologicalOrder());
    assertThat(throughParents).containsExactlyInAnyOrderElementsOf(ids(dag.ids()));
    Set<RevisionId> fromBases = t.descendantsOrSelf(g.bases(), Traversal.Edges.PARENTS);
    assertThat(fromBases).containsExactlyInAnyOrderElementsOf(ids(dag.ids()));
  }

  @Property(tries = 300)
  void ancestorsOrSelf_matchTheModel(@ForAll("dags") RandomDag dag, @ForAll Random random) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    String id = dag.ids().get(random.nextInt(dag.ids().size()));

    Set<RevisionId> found = new Traversal(g).ancestorsOrSelf(List.of(RevisionId.of(id)),
        Traversal.Edges.PARENTS_AND_DEPENDENCIES);

    Set<String> expected = new HashSet<>(dag.ancestors(id));
    expected.add(id);
    assertThat(found).containsExactlyInAnyOrderElementsOf(ids(expected));
  }

  @Property(tries = 300)
  void prefixes_resolveWhenUniqueAndListTheCandidatesWhenNot(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    TargetResolver resolver = new TargetResolver(g, null);
    Set<String> all = new HashSet<>(dag.ids());
    boolean sawAmbiguous = false;

    for (String id : dag.ids()) {
      // as in Alembic 1.20, a prefix of any length names the ids longer than 3 characters it starts
      for (int length = 1; length <= id.length(); length++) {
        String prefix = id.substring(0, length);
        List<String> starting = dag.ids().stream().filter(other -> other.startsWith(prefix)).sorted().toList();
        List<String> matching = starting.stream().filter(other -> other.length() > 3).toList();
        if (all.contains(prefix)) {
          assertThat(resolver.resolve(prefix).single()).as(prefix).isEqualTo(RevisionId.of(prefix));
        } else if (matching.size() == 1) {
          assertThat(resolver.resolve(prefix).single()).as(prefix).isEqualTo(RevisionId.of(matching.get(0)));
        } else if (matching.isEmpty()) {
          assertThatThrownBy(() -> resolver.resolve(prefix)).as(prefix).isInstanceOf(UnknownRevisionException.class);
        } else {
          sawAmbiguous = true;
          assertThatThrownBy(() -> resolver.resolve(prefix))
              .as(prefix)
              .isInstanceOfSatisfying(AmbiguousPrefixException.class,
                  e -> assertThat(e.candidates()).containsExactlyElementsOf(ids(matching)));
        }
        assertThat(g.withPrefix(prefix)).containsExactlyElementsOf(ids(starting));
      }
    }
    Statistics.label("ambiguous prefix seen").collect(sawAmbiguous);
    Statistics.label("ambiguous prefix seen").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property(tries = 300)
  void relativeSteps_followTheOnlyChildOrParent_andRefuseToChoose(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    TargetResolver resolver = new TargetResolver(g, null);
    Map<String, Set<String>> children = dag.children();

    for (String id : dag.ids()) {
      List<String> kids = new ArrayList<>(children.get(id));
      if (kids.size() == 1) {
        assertThat(resolver.resolve(id + "+1").single()).isEqualTo(RevisionId.of(kids.get(0)));
      } else if (kids.isEmpty()) {
        assertThatThrownBy(() -> resolver.resolve(id + "+1")).isInstanceOf(RelativeRangeException.class);
      } else {
        assertThatThrownBy(() -> resolver.resolve(id + "+1"))
            .isInstanceOfSatisfying(AmbiguousWalkException.class,
                e -> assertThat(e.candidates()).containsExactlyElementsOf(ids(kids)));
      }
      List<String> parents = dag.parents().get(id).stream().sorted().toList();
      if (parents.size() == 1) {
        assertThat(resolver.resolve(id + "-1").single()).isEqualTo(RevisionId.of(parents.get(0)));
      } else if (parents.isEmpty()) {
        Resolved below = resolver.resolve(id + "-1");
        assertThat(below.base()).isTrue();
        assertThat(below.ids()).isEmpty();
        assertThatThrownBy(() -> resolver.resolve(id + "-2")).isInstanceOf(RelativeRangeException.class);
      } else {
        assertThatThrownBy(() -> resolver.resolve(id + "-1"))
            .isInstanceOfSatisfying(AmbiguousWalkException.class,
                e -> assertThat(e.candidates()).containsExactlyElementsOf(ids(parents)));
      }
    }
  }

  @Property(tries = 300)
  void labelsOf_coverOwnerDescendantsAndStraightLineAncestors(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    Map<String, Set<String>> coverage = dag.coverage();

    assertThat(g.labels()).containsExactlyInAnyOrderElementsOf(dag.labelOwners().keySet());
    for (String id : dag.ids()) {
      assertThat(g.labelsOf(RevisionId.of(id))).as(id)
          .containsExactlyInAnyOrderElementsOf(coverage.getOrDefault(id, Set.of()));
    }
  }

  @Property(tries = 300)
  void labelAtHead_isTheSingleHeadAboveTheLabel(@ForAll("dags") RandomDag dag) {
    RevisionGraph g = RevisionGraph.of(dag.revisions());
    TargetResolver resolver = new TargetResolver(g, null);
    Traversal t = new Traversal(g);

    dag.labelOwners().forEach((label, owner) -> {
      Set<RevisionId> above = t.descendantsOrSelf(List.of(RevisionId.of(owner)), Traversal.Edges.PARENTS);
      List<RevisionId> headsAbove = g.heads().stream().filter(above::contains).toList();
      if (headsAbove.size() == 1) {
        assertThat(resolver.resolve(label + "@head").single()).isEqualTo(headsAbove.get(0));
        assertThat(resolver.resolve(owner + "@head").single()).isEqualTo(headsAbove.get(0));
      } else {
        assertThatThrownBy(() -> resolver.resolve(label + "@head")).isInstanceOf(MultipleHeadsException.class);
      }
      assertThat(resolver.resolve(label).single()).isEqualTo(RevisionId.of(owner));
    });
  }

  @Property(tries = 500)
  void backEdge_alwaysFailsWithARealCycleThroughIt(
      @ForAll("dags") RandomDag dag, @ForAll Random random, @ForAll boolean asDependency) {
    List<String> candidates = dag.ids().stream().filter(id -> !dag.ancestors(id).isEmpty()).toList();
    Assume.that(!candidates.isEmpty());
    String descendant = candidates.get(random.nextInt(candidates.size()));
    List<String> ancestors = new ArrayList<>(new TreeSet<>(dag.ancestors(descendant)));
    String ancestor = ancestors.get(random.nextInt(ancestors.size()));

    List<Revision> revisions = new ArrayList<>();
    for (Revision r : dag.revisions()) {
      if (r.id().value().equals(ancestor)) {
        List<RevisionId> parents = new ArrayList<>(r.parents());
        List<String> dependsOn = new ArrayList<>(r.dependsOn());
        if (asDependency) {
          dependsOn.add(descendant);
        } else {
          parents.add(RevisionId.of(descendant));
        }
        r = Revision.of(ancestor, parents.stream().map(RevisionId::value).toList(), dependsOn, r.branchLabels());
      }
      revisions.add(r);
    }

    Throwable thrown = catchThrown(() -> RevisionGraph.of(revisions));

    assertThat(thrown).isInstanceOf(CycleException.class);
    String summary = ((CycleException) thrown).summary();
    List<String> path = Arrays.asList(summary.substring(summary.indexOf("cycle: ") + 7).split(" -> "));
    assertThat(path.get(0)).isEqualTo(path.get(path.size() - 1));
    assertThat(path.subList(0, path.size() - 1)).doesNotHaveDuplicates().contains(ancestor, descendant);
    Map<String, Set<String>> next = new HashMap<>();
    for (String id : dag.ids()) {
      Set<String> out = new HashSet<>(dag.parents().get(id));
      out.addAll(dag.dependencies().get(id));
      next.put(id, out);
    }
    next.get(ancestor).add(descendant);
    for (int i = 0; i + 1 < path.size(); i++) {
      assertThat(next.get(path.get(i))).as("%s -> %s is an edge", path.get(i), path.get(i + 1))
          .contains(path.get(i + 1));
    }
  }

  private static Throwable catchThrown(Runnable action) {
    try {
      action.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
