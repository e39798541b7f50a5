package dev.retort.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * A random revision DAG for property tests, with its own model of the structure (children, resolved
 * dependencies, label coverage) computed independently of {@link RevisionGraph}.
 *
 * <p>Ids are 2 to 7 characters of {@code 01ab}, so that prefixes are often shared, one id is
 * sometimes a prefix of another, and some ids are too short to be matched by prefix. Each revision revises 0 (a new base), 1 or 2 earlier
 * ones, depends on up to 2 earlier ones (by id or, when it has one, by label) and sometimes declares
 * a label {@code L<index>} (never a prefix of an id).
 */
record RandomDag(
    List<Revision> revisions,
    Map<String, List<String>> parents,
    Map<String, Set<String>> dependencies,
    Map<String, String> labelOwners) {

  /** How one revision attaches to the earlier ones; the ints are reduced modulo its index. */
  record Shape(int parentCount, int parent1, int parent2, int dependCount, int depend1, int depend2,
      boolean labelled, boolean byLabel) {}

  static Arbitrary<RandomDag> dags(int maxSize) {
    Arbitrary<List<String>> ids = Arbitraries.strings().withChars("01ab").ofMinLength(2).ofMaxLength(7)
        .list().uniqueElements().ofMinSize(1).ofMaxSize(maxSize)
        .withSizeDistribution(RandomDistribution.uniform());
    return ids.flatMap(list -> shapes().list().ofSize(list.size()).map(shapes -> of(list, shapes)));
  }

  static Arbitrary<Shape> shapes() {
    Arbitrary<Integer> parentCount = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(6, 1), Tuple.of(3, 2));
    Arbitrary<Integer> dependCount = Arbitraries.frequency(Tuple.of(7, 0), Tuple.of(2, 1), Tuple.of(1, 2));
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1 << 20);
    Arbitrary<Boolean> labelled = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));
    return Combinators.combine(parentCount, pick, pick, dependCount, pick, pick, labelled, Arbitraries.of(true, false))
        .as(Shape::new);
  }

  static RandomDag of(List<String> ids, List<Shape> shapes) {
    List<Revision> revisions = new ArrayList<>();
    Map<String, List<String>> parents = new HashMap<>();
    Map<String, Set<String>> dependencies = new HashMap<>();
    Map<String, String> labelOwners = new HashMap<>();
    Map<Integer, String> labelOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      Shape shape = shapes.get(i);
      String id = ids.get(i);
      List<String> ps = new ArrayList<>();
      if (i > 0 && shape.parentCount() > 0) {
        ps.add(ids.get(shape.parent1() % i));
        String second = ids.get(shape.parent2() % i);
        if (shape.parentCount() == 2 && !ps.contains(second)) {
          ps.add(second);
        }
      }
      List<String> dependsOn = new ArrayList<>();
      Set<String> resolved = new TreeSet<>();
      if (i > 0) {
        int[] picks = {shape.depend1(), shape.depend2()};
        for (int k = 0; k < shape.dependCount(); k++) {
          int target = picks[k] % i;
          String label = labelOf.get(target);
          dependsOn.add(shape.byLabel() && label != null ? label : ids.get(target));
          resolved.add(ids.get(target));
        }
      }
      Set<String> labels = Set.of();
      if (shape.labelled()) {
        String label = "L" + i;
        labels = Set.of(label);
        labelOf.put(i, label);
        labelOwners.put(label, id);
      }
      parents.put(id, ps);
      dependencies.put(id, resolved);
      revisions.add(Revision.of(id, ps, dependsOn, labels));
    }
    return new RandomDag(List.copyOf(revisions), parents, dependencies, labelOwners);
  }

  List<String> ids() {
    return revisions.stream().map(r -> r.id().value()).toList();
  }

  /** Child lists from the parent lists. */
  Map<String, Set<String>> children() {
    Map<String, Set<String>> children = new HashMap<>();
    for (String id : ids()) {
      children.putIfAbsent(id, new TreeSet<>());
      for (String parent : parents.get(id)) {
        children.computeIfAbsent(parent, k -> new TreeSet<>()).add(id);
      }
    }
    return children;
  }

  /** The ids that no revision revises, sorted. */
  List<String> heads() {
    Map<String, Set<String>> children = children();
    return ids().stream().filter(id -> children.get(id).isEmpty()).sorted().toList();
  }

  /** Revisions that depend on each one. */
  Map<String, Set<String>> dependents() {
    Map<String, Set<String>> dependents = new HashMap<>();
    dependencies.forEach((id, targets) -> targets.forEach(
        t -> dependents.computeIfAbsent(t, k -> new TreeSet<>()).add(id)));
    return dependents;
  }

  /** Strict ancestors through parents and dependencies. */
  Set<String> ancestors(String id) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String at = todo.pop();
      List<String> next = new ArrayList<>(parents.get(at));
      next.addAll(dependencies.get(at));
      for (String n : next) {
        if (seen.add(n)) {
          todo.push(n);
        }
      }
    }
    return seen;
  }

  /** The labels covering each revision, by the rule written in DESIGN/Alembic terms. */
  Map<String, Set<String>> coverage() {
    Map<String, Set<String>> children = children();
    Map<String, Set<String>> covering = new HashMap<>();
    labelOwners.forEach((label, owner) -> {
      Set<String> covered = new LinkedHashSet<>();
      Deque<String> todo = new ArrayDeque<>(List.of(owner));
      while (!todo.isEmpty()) {
        String at = todo.pop();
        if (covered.add(at)) {
          todo.addAll(children.get(at));
        }
      }
      String at = owner;
      while (parents.get(at).size() == 1) {
        String parent = parents.get(at).get(0);
        if (parents.get(parent).size() > 1 || children.get(parent).size() > 1) {
          break;
        }
        covered.add(parent);
        at = parent;
      }
      covered.forEach(id -> covering.computeIfAbsent(id, k -> new TreeSet<>()).add(label));
    });
    return covering;
  }
}
