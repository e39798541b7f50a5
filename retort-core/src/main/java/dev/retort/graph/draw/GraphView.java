package dev.retort.graph.draw;

import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a picture of the graph shows: the revisions, newest first (every revision before its
 * parents), and whether the database was read to mark the applied ones.
 *
 * @param revisions the revisions in drawing order
 * @param databaseRead whether {@link DrawnRevision#applied()} and {@link DrawnRevision#current()} are known
 */
public record GraphView(List<DrawnRevision> revisions, boolean databaseRead) {

  public GraphView {
    revisions = List.copyOf(revisions);
  }

  /** Every revision of the graph, without database marks. */
  public static GraphView of(RevisionGraph graph) {
    return of(graph, graph.topologicalOrder(), Set.of(), false);
  }

  /**
   * The revisions {@code shown} of {@code graph}; when {@code databaseRead}, the ancestors (through
   * parents and dependencies) of the version rows known to the graph are marked applied and the
   * rows themselves current.
   */
  public static GraphView of(
      RevisionGraph graph, Collection<RevisionId> shown, Collection<RevisionId> versionRows, boolean databaseRead) {
    Set<RevisionId> inView = new HashSet<>(shown);
    List<RevisionId> rows = versionRows.stream().filter(graph::contains).toList();
    Set<RevisionId> applied = new Traversal(graph).ancestorsOrSelf(rows, Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    List<DrawnRevision> drawn = new ArrayList<>();
    for (RevisionId id : DrawingOrder.newestFirst(graph, inView)) {
      Revision revision = graph.get(id);
      drawn.add(new DrawnRevision(
          id.value(),
          revision.parents().stream().filter(inView::contains).map(RevisionId::value).toList(),
          graph.dependencies(id).stream().map(RevisionId::value).toList(),
          List.copyOf(revision.branchLabels()),
          revision.message(),
          graph.isHead(id),
          graph.isBranchPoint(id),
          graph.isMergePoint(id),
          databaseRead && applied.contains(id),
          databaseRead && rows.contains(id)));
    }
    return new GraphView(drawn, databaseRead);
  }

  /** The number of parent edges plus dependency edges between revisions of the picture. */
  public int edgeCount() {
    return edges().size();
  }

  /** Every edge between revisions of the picture: parent edges first, then dependencies, in drawing order. */
  public List<GraphEdge> edges() {
    Set<String> ids = new HashSet<>();
    revisions.forEach(r -> ids.add(r.id()));
    List<GraphEdge> edges = new ArrayList<>();
    for (DrawnRevision r : revisions) {
      r.parents().forEach(p -> edges.add(new GraphEdge(p, r.id(), false)));
    }
    for (DrawnRevision r : revisions) {
      r.dependsOn().stream().filter(ids::contains).forEach(d -> edges.add(new GraphEdge(d, r.id(), true)));
    }
    return edges;
  }
}
