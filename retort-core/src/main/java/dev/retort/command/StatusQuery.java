package dev.retort.command;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import dev.retort.run.DatabaseState;
import dev.retort.store.HistoryEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each revision's state in the database: applied, pending, edited (its file changed since it was
 * applied), missing (the database records it but no script has it) or unresolved (it ran outside a
 * transaction, did not complete, and awaits {@code retort resolve}). A checksum is compared only
 * when both sides have one: a revision read from a compiled class has none (its bytes change with
 * every build), so it is never "edited". Oldest first. As for every
 * other command, the applied revisions are those the version table's rows reach through the graph;
 * the history table only supplies checksums, so a row no script has makes nothing else applied.
 * The reference checksum is the latest successful {@code upgrade} or {@code accept} row's.
 */
public final class StatusQuery {
  private final RevisionGraph graph;

  public StatusQuery(RevisionGraph graph) {
    this.graph = graph;
  }

  /**
   * With squashes, the revisions are those of the view the version rows choose ({@link
   * dev.retort.plan.SquashView}): a squash in place of its range, or the old chain for a database
   * part-way through it; a row of a replaced revision read as its squash is not "missing".
   */
  public List<StatusEntry> status(DatabaseState state) {
    dev.retort.plan.SquashView view = dev.retort.plan.SquashView.of(this.graph, state.rows());
    RevisionGraph graph = view.graph();
    java.util.SortedSet<RevisionId> rows = view.rows();
    List<RevisionId> known = rows.stream().filter(graph::contains).toList();
    Set<RevisionId> applied = new java.util.HashSet<>(
        new Traversal(graph).ancestorsOrSelf(known, Traversal.Edges.PARENTS_AND_DEPENDENCIES));
    Map<String, String> checksums = new HashMap<>();
    for (HistoryEntry entry : state.history()) {
      if (entry.success() && (entry.direction().equals("upgrade") || entry.direction().equals(dev.retort.store.AcceptRows.DIRECTION))) {
        checksums.put(entry.revision(), entry.checksum());
      }
    }
    Set<String> unresolved = new java.util.HashSet<>();
    state.unresolved().forEach(r -> unresolved.add(r.revision()));
    List<StatusEntry> entries = new ArrayList<>();
    for (RevisionId id : graph.topologicalOrder()) {
      var revision = graph.get(id);
      String recorded = checksums.getOrDefault(id.value(), "");
      String status;
      if (unresolved.contains(id.value())) {
        status = "unresolved";
      } else if (!applied.contains(id)) {
        status = "pending";
      } else if (!recorded.isEmpty() && !revision.checksum().isEmpty() && !recorded.equals(revision.checksum())) {
        status = "edited";
      } else {
        status = "applied";
      }
      entries.add(new StatusEntry(id, revision, status, recorded));
    }
    for (RevisionId id : rows) {
      if (!graph.contains(id)) {
        entries.add(new StatusEntry(id, null, "missing", checksums.getOrDefault(id.value(), "")));
      }
    }
    return entries;
  }
}
