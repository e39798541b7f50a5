package dev.retort.graph;

import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects revisions and builds a validated {@link RevisionGraph}. {@link #build()} throws the
 * first problem; {@link #problems()} lists every problem found, for lenient callers such as lint.
 */
public final class GraphBuilder {
  private final List<Revision> revisions = new ArrayList<>();
  private Squashes given;
  private Set<RevisionId> expanded = Set.of();

  GraphBuilder() {}

  /** The view of {@code squashes} in which those named in {@code expanded} are read as their old chains. */
  static RevisionGraph view(Squashes squashes, Set<RevisionId> expanded) {
    GraphBuilder builder = new GraphBuilder();
    builder.given = squashes;
    builder.expanded = Set.copyOf(expanded);
    return builder.build();
  }

  public GraphBuilder add(Revision revision) {
    revisions.add(revision);
    return this;
  }

  public GraphBuilder addAll(Collection<Revision> more) {
    revisions.addAll(more);
    return this;
  }

  /** Every problem in the collected revisions, in the order duplicates, labels, parents, references, cycles. */
  public List<RetortException> problems() {
    return assemble().problems();
  }

  /** The graph; throws the first problem found. */
  public RevisionGraph build() {
    Assembly assembly = assemble();
    if (!assembly.problems().isEmpty()) {
      throw assembly.problems().get(0);
    }
    return new RevisionGraph(assembly.parts());
  }

  /** The indexes a graph is made of. */
  record Parts(
      Map<RevisionId, Revision> byId,
      Map<RevisionId, List<RevisionId>> children,
      Map<RevisionId, List<RevisionId>> dependencies,
      Map<RevisionId, List<RevisionId>> dependents,
      Map<String, RevisionId> labelOwners,
      Map<RevisionId, Set<String>> coveringLabels,
      List<RevisionId> order,
      Squashes squashes,
      Set<RevisionId> expanded) {}

  private record Assembly(Parts parts, List<RetortException> problems) {}

  private Assembly assemble() {
    List<RetortException> problems = new ArrayList<>();
    Squashes squashes = given;
    Map<RevisionId, Revision> byId;
    if (squashes != null) {
      byId = squashes.arrange(squashes.originals(), expanded);
    } else {
      byId = new LinkedHashMap<>(revisions.size() * 2);
      boolean anySquash = false;
      for (Revision revision : revisions) {
        Revision first = byId.putIfAbsent(revision.id(), revision);
        if (first != null) {
          problems.add(new DuplicateRevisionException(first, revision));
        }
        anySquash |= revision.isSquash();
      }
      squashes = anySquash ? Squashes.find(byId, problems) : Squashes.NONE;
      if (!squashes.isEmpty()) {
        byId = squashes.arrange(byId, Set.of());
      }
    }
    Map<String, RevisionId> labelOwners = labelOwners(byId, problems);
    ReferenceCheck references = new ReferenceCheck(byId, labelOwners);
    Map<RevisionId, List<RevisionId>> dependencies = new HashMap<>();
    Map<RevisionId, List<RevisionId>> children = new HashMap<>();
    Map<RevisionId, List<RevisionId>> dependents = new HashMap<>();
    for (Revision revision : byId.values()) {
      checkParents(revision, problems);
      for (RevisionId parent : distinct(revision.parents())) {
        if (references.checkParent(revision, parent, problems)) {
          children.computeIfAbsent(parent, k -> new ArrayList<>()).add(revision.id());
        }
      }
      List<RevisionId> resolved = references.resolveDependencies(revision, problems);
      if (!resolved.isEmpty()) {
        dependencies.put(revision.id(), List.copyOf(resolved));
        for (RevisionId target : resolved) {
          dependents.computeIfAbsent(target, k -> new ArrayList<>()).add(revision.id());
        }
      }
    }
    children.replaceAll((k, v) -> sortedCopy(v));
    dependents.replaceAll((k, v) -> sortedCopy(v));
    List<RevisionId> order = new TopologicalSort(byId, children, dependents, dependencies).order(problems);
    Map<RevisionId, Set<String>> covering = new LabelCoverage(byId, children, labelOwners).compute();
    // read-only views rather than copies: these maps were made here and no one else holds them
    Parts parts = new Parts(
        Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(children),
        Collections.unmodifiableMap(dependencies),
        Collections.unmodifiableMap(dependents),
        Collections.unmodifiableMap(labelOwners),
        covering,
        Collections.unmodifiableList(order),
        squashes,
        expanded);
    return new Assembly(parts, problems);
  }

  private static List<RevisionId> sortedCopy(List<RevisionId> ids) {
    if (ids.size() == 1) {
      return List.of(ids.get(0));
    }
    ids.sort(null);
    return Collections.unmodifiableList(ids);
  }

  /** The parents without repeats (most revisions have one, so no set is made for them). */
  private static Collection<RevisionId> distinct(List<RevisionId> parents) {
    return parents.size() < 2 ? parents : new LinkedHashSet<>(parents);
  }

  private static void checkParents(Revision revision, List<RetortException> problems) {
    if (revision.parents().contains(revision.id())) {
      problems.add(new BadParentsException(revision, "revises itself"));
    } else if (distinct(revision.parents()).size() != revision.parents().size()) {
      problems.add(new BadParentsException(revision, "names the same parent twice"));
    }
  }

  private static Map<String, RevisionId> labelOwners(
      Map<RevisionId, Revision> byId, List<RetortException> problems) {
    Map<String, RevisionId> owners = new HashMap<>();
    for (Revision revision : byId.values()) {
      for (String label : revision.branchLabels()) {
        RevisionId asId = RevisionId.isValid(label) ? new RevisionId(label) : null;
        if (asId != null && byId.containsKey(asId)) {
          problems.add(new DuplicateLabelException(label, byId.get(asId), revision, true));
          continue;
        }
        RevisionId previous = owners.putIfAbsent(label, revision.id());
        if (previous != null) {
          problems.add(new DuplicateLabelException(label, byId.get(previous), revision, false));
        }
      }
    }
    return owners;
  }
}
