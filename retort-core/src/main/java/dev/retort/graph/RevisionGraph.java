package dev.retort.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All revisions of a script directory and the structure derived from them: children, heads,
 * bases, branch and merge points, branch labels and resolved dependencies. Immutable; built and
 * validated once by {@link GraphBuilder}. Every list it returns is sorted by id unless it says
 * otherwise.
 */
public final class RevisionGraph {
  private final Map<RevisionId, Revision> byId;
  private final Map<RevisionId, List<RevisionId>> children;
  private final Map<RevisionId, List<RevisionId>> dependencies;
  private final Map<RevisionId, List<RevisionId>> dependents;
  private final Map<String, RevisionId> labelOwners;
  private final Map<RevisionId, Set<String>> coveringLabels;
  private final List<RevisionId> order;
  private final List<RevisionId> heads;
  private final List<RevisionId> bases;
  private final String[] sortedIds;
  private final Squashes squashes;
  private final Set<RevisionId> expanded;

  RevisionGraph(GraphBuilder.Parts parts) {
    this.byId = parts.byId();
    this.children = parts.children();
    this.dependencies = parts.dependencies();
    this.dependents = parts.dependents();
    this.labelOwners = parts.labelOwners();
    this.coveringLabels = parts.coveringLabels();
    this.order = parts.order();
    this.squashes = parts.squashes();
    this.expanded = parts.expanded();
    List<RevisionId> headList = new ArrayList<>();
    List<RevisionId> baseList = new ArrayList<>();
    for (RevisionId id : order) {
      if (!children.containsKey(id)) {
        headList.add(id);
      }
      if (byId.get(id).isBase()) {
        baseList.add(id);
      }
    }
    headList.sort(null);
    baseList.sort(null);
    this.heads = Collections.unmodifiableList(headList);
    this.bases = Collections.unmodifiableList(baseList);
    String[] ids = new String[byId.size()];
    int i = 0;
    for (RevisionId id : byId.keySet()) {
      ids[i++] = id.value();
    }
    Arrays.sort(ids);
    this.sortedIds = ids;
  }

  /** A builder that validates revisions into a graph. */
  public static GraphBuilder builder() {
    return new GraphBuilder();
  }

  /** Builds and validates a graph from revisions; throws the first problem found. */
  public static RevisionGraph of(Collection<Revision> revisions) {
    return builder().addAll(revisions).build();
  }

  public int size() {
    return byId.size();
  }

  public boolean contains(RevisionId id) {
    return byId.containsKey(id);
  }

  /**
   * The revision with this id; an {@link IllegalArgumentException} if there is none. A revision
   * this view leaves out for a squash (a replaced one, or the squash of an expanded chain) is
   * returned too, as its script declares it, so a plan made on another view of the same scripts
   * finds its scripts here.
   */
  public Revision get(RevisionId id) {
    Revision revision = byId.get(id);
    if (revision == null) {
      return squashes.original(id).orElseThrow(() -> new IllegalArgumentException("no revision " + id));
    }
    return revision;
  }

  /** The squashes whose replaced scripts are there ({@link Squashes#NONE} for most graphs). */
  public Squashes squashes() {
    return squashes;
  }

  /** The squashes this view reads as their old chains; empty for the graph as loaded (every squash collapsed). */
  public Set<RevisionId> expanded() {
    return expanded;
  }

  /**
   * The same scripts with the squashes in {@code expandedSquashes} read as their old chains (the
   * squash left out, references to it read as references to the chain's last revision) and every
   * other squash standing in for its chain.
   */
  public RevisionGraph view(Set<RevisionId> expandedSquashes) {
    if (expandedSquashes.equals(expanded)) {
      return this;
    }
    return GraphBuilder.view(squashes, expandedSquashes);
  }

  public Optional<Revision> find(RevisionId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every revision id, parents and dependencies before the revisions that need them. */
  public List<RevisionId> topologicalOrder() {
    return order;
  }

  /** Revisions that no revision names as a parent ({@code depends_on} does not count). */
  public List<RevisionId> heads() {
    return heads;
  }

  /** Heads that no revision depends on either ({@code heads --resolve-dependencies}). */
  public List<RevisionId> effectiveHeads() {
    return heads.stream().filter(id -> dependents(id).isEmpty()).toList();
  }

  /** Revisions that revise nothing. */
  public List<RevisionId> bases() {
    return bases;
  }

  /** Revisions naming this one as a parent. */
  public List<RevisionId> children(RevisionId id) {
    return children.getOrDefault(id, List.of());
  }

  /** The revisions this one depends on, labels resolved to the revision that declares them. */
  public List<RevisionId> dependencies(RevisionId id) {
    return dependencies.getOrDefault(id, List.of());
  }

  /** Revisions that depend on this one. */
  public List<RevisionId> dependents(RevisionId id) {
    return dependents.getOrDefault(id, List.of());
  }

  public boolean isHead(RevisionId id) {
    return children(id).isEmpty();
  }

  public boolean isBranchPoint(RevisionId id) {
    return children(id).size() > 1;
  }

  public boolean isMergePoint(RevisionId id) {
    return get(id).isMerge();
  }

  /** Revisions with two or more children, in topological order. */
  public List<RevisionId> branchPoints() {
    return order.stream().filter(this::isBranchPoint).toList();
  }

  /** Revisions with two or more parents, in topological order. */
  public List<RevisionId> mergePoints() {
    return order.stream().filter(this::isMergePoint).toList();
  }

  /** Every declared branch label. */
  public Set<String> labels() {
    return labelOwners.keySet();
  }

  /** The revision that declares the label. */
  public Optional<RevisionId> labelOwner(String label) {
    return Optional.ofNullable(labelOwners.get(label));
  }

  /**
   * The labels whose branch covers this revision: its own, those inherited from labelled
   * ancestors, and those of the labelled revision it leads up to (as Alembic computes them).
   */
  public Set<String> labelsOf(RevisionId id) {
    return coveringLabels.getOrDefault(id, Set.of());
  }

  /** Ids starting with the prefix, sorted. */
  public List<RevisionId> withPrefix(String prefix) {
    int from = Arrays.binarySearch(sortedIds, prefix);
    if (from < 0) {
      from = -from - 1;
    }
    int to = from;
    while (to < sortedIds.length && sortedIds[to].startsWith(prefix)) {
      to++;
    }
    return Arrays.stream(sortedIds, from, to).map(RevisionId::new).toList();
  }

  /** Every id, sorted. */
  public List<String> ids() {
    return List.of(sortedIds);
  }
}
