package dev.retort.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.command.HistoryQuery;
import dev.retort.error.ErrorCode;
import dev.retort.graph.MultipleHeadsException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetResolver;
import dev.retort.realworld.RealWorldGraphs.Spec;
import dev.retort.realworld.RealWorldGraphs.SpecRevision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seven real Alembic graphs of {@code shared/realworld}. Expected counts are the README table's;
 * everything else is computed here from the JSON, independently of the graph code.
 */
class RealWorldGraphsTest {
  /**
   * One row of the README table ("The graphs").
   *
   * @param longestIdLength the longest id's length; {@code shortestIdLength} the shortest's
   */
  record Row(
      String project,
      int revisions,
      int longestPath,
      int merges,
      int branchPoints,
      int bases,
      int heads,
      int labels,
      int dependsOnEdges,
      int longestIdLength,
      int shortestIdLength) {
    @Override
    public String toString() {
      return project;
    }
  }

  // project, revisions, longest path, merges, branch points, bases, heads, labels, depends_on edges,
  // longest id length, shortest id length: copied from /work/shared/realworld/README.md
  private static final List<Row> README_TABLE = List.of(
      new Row("invenio", 110, 18, 3, 3, 14, 14, 14, 32, 12, 10),
      new Row("neutron", 132, 113, 0, 1, 1, 2, 2, 10, 12, 4),
      new Row("aiida-core", 104, 51, 0, 0, 3, 3, 3, 0, 12, 9),
      new Row("fides", 398, 366, 11, 10, 2, 1, 0, 0, 12, 11),
      new Row("warehouse", 288, 285, 2, 2, 1, 1, 0, 0, 12, 10),
      new Row("redash", 27, 26, 1, 1, 1, 1, 0, 0, 12, 12),
      new Row("ctfd", 33, 33, 0, 0, 1, 1, 0, 0, 12, 12));

  private static final Map<String, Spec> SPECS = new ConcurrentHashMap<>();
  private static final Map<String, RevisionGraph> GRAPHS = new ConcurrentHashMap<>();

  @TempDir Path temp;

  static Stream<Row> table() {
    return README_TABLE.stream();
  }

  static Stream<Row> singleHeaded() {
    return README_TABLE.stream().filter(r -> r.heads() == 1);
  }

  static Stream<Row> multiHeaded() {
    return README_TABLE.stream().filter(r -> r.heads() > 1);
  }

  private static Spec spec(String project) {
    return SPECS.computeIfAbsent(project, RealWorldGraphs::load);
  }

  private static RevisionGraph graph(String project) {
    return GRAPHS.computeIfAbsent(project, p -> RealWorldGraphs.memoryGraph(spec(p)));
  }

  private static RevisionId id(String value) {
    return RevisionId.of(value);
  }

  // ---- facts computed from the JSON alone ----

  private static Set<RevisionId> specHeads(Spec spec) {
    Set<String> parents = spec.revisions().stream()
        .flatMap(r -> r.downRevisions().stream())
        .collect(Collectors.toSet());
    return spec.revisions().stream()
        .map(SpecRevision::id)
        .filter(i -> !parents.contains(i))
        .map(RevisionId::of)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> specLabelOwners(Spec spec) {
    Map<String, String> owners = new HashMap<>();
    spec.revisions().forEach(r -> r.branchLabels().forEach(label -> owners.put(label, r.id())));
    return owners;
  }

  /** Dependency targets of each revision, labels replaced by the revision declaring them. */
  private static Map<String, Set<String>> specDependencies(Spec spec) {
    Map<String, String> owners = specLabelOwners(spec);
    Map<String, Set<String>> deps = new HashMap<>();
    for (SpecRevision r : spec.revisions()) {
      Set<String> targets = new HashSet<>();
      r.dependsOn().forEach(d -> targets.add(owners.getOrDefault(d, d)));
      deps.put(r.id(), targets);
    }
    return deps;
  }

  private static Set<RevisionId> specDescendantsOrSelf(Spec spec, String from) {
    Map<String, List<String>> children = new HashMap<>();
    spec.revisions().forEach(r ->
        r.downRevisions().forEach(p -> children.computeIfAbsent(p, k -> new java.util.ArrayList<>()).add(r.id())));
    Set<String> seen = new HashSet<>(List.of(from));
    Deque<String> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      for (String child : children.getOrDefault(todo.pop(), List.of())) {
        if (seen.add(child)) {
          todo.push(child);
        }
      }
    }
    return seen.stream().map(RevisionId::of).collect(Collectors.toSet());
  }

  /** Revisions on the longest chain through parents (README "longest path"). */
  private static int longestPath(RevisionGraph graph) {
    Map<RevisionId, Integer> length = new HashMap<>();
    int longest = 0;
    for (RevisionId rid : graph.topologicalOrder()) {
      int best = 0;
      for (RevisionId parent : graph.get(rid).parents()) {
        assertThat(length).as("parent %s of %s comes first in topological order", parent, rid).containsKey(parent);
        best = Math.max(best, length.get(parent));
      }
      length.put(rid, best + 1);
      longest = Math.max(longest, best + 1);
    }
    return longest;
  }

  private static void assertCounts(Row row, RevisionGraph graph) {
    assertThat(graph.size()).as("revisions").isEqualTo(row.revisions());
    assertThat(graph.mergePoints()).as("merges").hasSize(row.merges());
    assertThat(graph.branchPoints()).as("branch points").hasSize(row.branchPoints());
    assertThat(graph.bases()).as("bases").hasSize(row.bases());
    assertThat(graph.heads()).as("heads").hasSize(row.heads());
    assertThat(graph.labels()).as("labels").hasSize(row.labels());
    int edges = graph.ids().stream().mapToInt(i -> graph.dependencies(id(i)).size()).sum();
    assertThat(edges).as("depends_on edges").isEqualTo(row.dependsOnEdges());
    assertThat(longestPath(graph)).as("longest path").isEqualTo(row.longestPath());
    assertThat(graph.ids().stream().mapToInt(String::length).max().orElseThrow())
        .as("longest id").isEqualTo(row.longestIdLength());
    assertThat(graph.ids().stream().mapToInt(String::length).min().orElseThrow())
        .as("shortest id").isEqualTo(row.shortestIdLength());
  }

  // ---- the tests ----

  @Test
  void folder_foundBesideTheRepository_fromTheModuleFolder() throws IOException {
    Path repo = Files.createDirectories(temp.resolve("checkout/retort/retort-core"));
    Path realworld = Files.createDirectories(temp.resolve("checkout/shared/realworld"));
    Files.writeString(realworld.resolve("invenio.json"), "{}");

    assertThat(RealWorldGraphs.findAbove(repo)).contains(realworld);
    assertThat(RealWorldGraphs.findAbove(temp.resolve("checkout/retort"))).contains(realworld);
    // a folder outside the checkout does not find the checkout's shared/ (the machine's own /tmp may hold others)
    assertThat(RealWorldGraphs.findAbove(Files.createDirectories(temp.resolve("elsewhere"))))
        .isNotEqualTo(java.util.Optional.of(realworld));
  }

  @Test
  void folder_holdsEveryProject() {
    for (String project : RealWorldGraphs.PROJECTS) {
      assertThat(RealWorldGraphs.folder().resolve(project + ".json")).isRegularFile();
    }
    assertThat(README_TABLE).extracting(Row::project).containsExactlyElementsOf(RealWorldGraphs.PROJECTS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void memoryGraph_countsMatchReadme(Row row) {
    assertThat(spec(row.project()).revisions()).hasSize(row.revisions());
    assertCounts(row, graph(row.project()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void fileGraph_sameStructureAsMemoryGraph(Row row) {
    Spec spec = spec(row.project());
    RevisionGraph memory = graph(row.project());

    RevisionGraph files = RealWorldGraphs.fileGraph(spec, temp.resolve("migrations/versions"));

    assertCounts(row, files);
    assertThat(files.ids()).isEqualTo(memory.ids());
    assertThat(files.heads()).isEqualTo(memory.heads());
    assertThat(files.bases()).isEqualTo(memory.bases());
    assertThat(files.branchPoints()).containsExactlyInAnyOrderElementsOf(memory.branchPoints());
    assertThat(files.mergePoints()).containsExactlyInAnyOrderElementsOf(memory.mergePoints());
    assertThat(files.labels()).isEqualTo(memory.labels());
    assertThat(files.effectiveHeads()).isEqualTo(memory.effectiveHeads());
    for (SpecRevision r : spec.revisions()) {
      Revision loaded = files.get(id(r.id()));
      assertThat(loaded.parents()).extracting(RevisionId::value).as(r.id()).containsExactlyElementsOf(r.downRevisions());
      assertThat(loaded.dependsOn()).as(r.id()).containsExactlyElementsOf(r.dependsOn());
      assertThat(loaded.branchLabels()).as(r.id()).containsExactlyInAnyOrderElementsOf(r.branchLabels());
      assertThat(loaded.message()).as(r.id()).isEqualTo(r.message().strip());
      assertThat(loaded.origin().path().getFileName().toString()).startsWith(r.id() + "_");
      assertThat(loaded.checksum()).matches("[0-9a-f]{64}");
      assertThat(files.children(id(r.id()))).as(r.id()).isEqualTo(memory.children(id(r.id())));
      assertThat(files.dependencies(id(r.id()))).as(r.id())
          .containsExactlyInAnyOrderElementsOf(memory.dependencies(id(r.id())));
      assertThat(files.labelsOf(id(r.id()))).as(r.id()).isEqualTo(memory.labelsOf(id(r.id())));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void heads_matchTheJsonAndTheHeadsTargetResolvesToAllOfThem(Row row) {
    Spec spec = spec(row.project());
    RevisionGraph graph = graph(row.project());
    Set<RevisionId> expected = specHeads(spec);

    assertThat(expected).hasSize(row.heads());
    assertThat(graph.heads()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(new TargetResolver(graph, null).resolve("heads").ids()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void history_listsEveryRevisionOnceBeforeItsParentsAndDependencies(Row row) {
    Spec spec = spec(row.project());
    RevisionGraph graph = graph(row.project());

    List<RevisionId> history = new HistoryQuery(graph, null).all();

    assertThat(history).hasSize(row.revisions()).doesNotHaveDuplicates();
    Map<RevisionId, Integer> position = new HashMap<>();
    for (int i = 0; i < history.size(); i++) {
      position.put(history.get(i), i);
    }
    Map<String, Set<String>> dependencies = specDependencies(spec);
    for (SpecRevision r : spec.revisions()) {
      int at = position.get(id(r.id()));
      for (String parent : r.downRevisions()) {
        assertThat(at).as("%s is listed before its parent %s", r.id(), parent).isLessThan(position.get(id(parent)));
      }
      for (String dependency : dependencies.get(r.id())) {
        assertThat(at).as("%s is listed before %s, which it depends on", r.id(), dependency)
            .isLessThan(position.get(id(dependency)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void effectiveHeads_leaveOutHeadsThatSomethingDependsOn(Row row) {
    Spec spec = spec(row.project());
    Set<String> dependedOn = specDependencies(spec).values().stream()
        .flatMap(Set::stream)
        .collect(Collectors.toSet());
    Set<RevisionId> expected = specHeads(spec).stream()
        .filter(h -> !dependedOn.contains(h.value()))
        .collect(Collectors.toSet());

    assertThat(graph(row.project()).effectiveHeads()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void invenio_effectiveHeads_reallyLeaveOutADependedOnHead() {
    Spec spec = spec("invenio");
    Set<String> dependedOn = specDependencies(spec).values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    Set<RevisionId> dependedOnHeads = specHeads(spec).stream()
        .filter(h -> dependedOn.contains(h.value()))
        .collect(Collectors.toSet());
    RevisionGraph graph = graph("invenio");

    assertThat(dependedOnHeads).as("the invenio fixture has a head that another revision depends on").isNotEmpty();
    assertThat(graph.effectiveHeads()).doesNotContainAnyElementsOf(dependedOnHeads);
    assertThat(graph.heads()).containsAll(dependedOnHeads);
    assertThat(graph.effectiveHeads()).hasSize(graph.heads().size() - dependedOnHeads.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("multiHeaded")
  void headTarget_severalHeads_G002ListingEveryHead(Row row) {
    RevisionGraph graph = graph(row.project());

    MultipleHeadsException e = catchThrowableOfType(
        () -> new TargetResolver(graph, null).resolve("head"), MultipleHeadsException.class);

    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.G002);
    assertThat(e.details()).hasSize(row.heads());
    for (RevisionId head : specHeads(spec(row.project()))) {
      assertThat(e.getMessage()).contains(head.value());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleHeaded")
  void headTarget_singleHead_resolvesToIt(Row row) {
    Set<RevisionId> heads = specHeads(spec(row.project()));
    assertThat(heads).hasSize(1);

    RevisionId resolved = new TargetResolver(graph(row.project()), null).resolve("head").single();

    assertThat(resolved).isEqualTo(heads.iterator().next());
  }

  @Test
  void invenio_everyLabelAtHead_resolvesToOneDistinctHeadOfItsPackage() {
    Spec spec = spec("invenio");
    RevisionGraph graph = graph("invenio");
    TargetResolver resolver = new TargetResolver(graph, null);
    Map<String, String> owners = specLabelOwners(spec);
    assertThat(owners).hasSize(14);

    Map<String, RevisionId> headOf = owners.keySet().stream()
        .collect(Collectors.toMap(Function.identity(), label -> resolver.resolve(label + "@head").single()));

    headOf.forEach((label, head) -> {
      assertThat(graph.heads()).as(label).contains(head);
      assertThat(specDescendantsOrSelf(spec, owners.get(label))).as(label + "@head descends from the label").contains(head);
    });
    assertThat(new HashSet<>(headOf.values())).as("14 packages, 14 heads").hasSize(14)
        .containsExactlyInAnyOrderElementsOf(specHeads(spec));
  }

  @Test
  void neutron_expandAndContractHeads_areTheTwoDistinctHeads() {
    Spec spec = spec("neutron");
    RevisionGraph graph = graph("neutron");
    TargetResolver resolver = new TargetResolver(graph, null);
    Map<String, String> owners = specLabelOwners(spec);

    RevisionId expand = resolver.resolve("expand@head").single();
    RevisionId contract = resolver.resolve("contract@head").single();

    assertThat(expand).isNotEqualTo(contract);
    assertThat(Set.of(expand, contract)).containsExactlyInAnyOrderElementsOf(specHeads(spec));
    assertThat(specDescendantsOrSelf(spec, owners.get("expand"))).contains(expand).doesNotContain(contract);
    assertThat(specDescendantsOrSelf(spec, owners.get("contract"))).contains(contract).doesNotContain(expand);
  }

  @Test
  void aiida_eachLineageLabelAtHead_resolvesToItsOwnHead() {
    Spec spec = spec("aiida-core");
    TargetResolver resolver = new TargetResolver(graph("aiida-core"), null);
    Map<String, String> owners = specLabelOwners(spec);

    Set<RevisionId> resolved = new HashSet<>();
    for (String label : List.of("django", "sqlalchemy", "main")) {
      RevisionId head = resolver.resolve(label + "@head").single();
      assertThat(specDescendantsOrSelf(spec, owners.get(label))).as(label).contains(head);
      resolved.add(head);
    }

    assertThat(resolved).containsExactlyInAnyOrderElementsOf(specHeads(spec));
  }
}
