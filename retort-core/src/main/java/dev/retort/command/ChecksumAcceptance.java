package dev.retort.command;

import dev.retort.graph.AmbiguousPrefixException;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.UnknownRevisionException;
import dev.retort.run.HistoryAcceptance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code accept} and {@code repair}: records the current file checksum of applied revisions that
 * were edited, as an {@code accept} history row that keeps the old checksum too. The state is read
 * and written under the migration lock, in one transaction; with {@code dryRun} nothing is written.
 */
public final class ChecksumAcceptance {
  private final RevisionGraph graph;
  private final Database database;

  public ChecksumAcceptance(RevisionGraph graph, Database database) {
    this.graph = graph;
    this.database = database;
  }

  /**
   * Accepts the named revisions (full ids or unique prefixes); every one must be applied and
   * edited, else nothing is recorded. With no ids ({@code repair}), every edited revision.
   */
  public List<AcceptedChecksum> accept(Optional<List<String>> ids, boolean dryRun) {
    List<RevisionId> wanted = ids.map(this::resolve).orElse(null);
    List<HistoryAcceptance.Change> changes = new HistoryAcceptance(database.url(), database.dialect(),
        database.options()).accept(state -> select(new StatusQuery(graph).status(state), wanted), dryRun);
    return changes.stream().map(c -> new AcceptedChecksum(graph.get(new RevisionId(c.revision())),
        c.previousChecksum(), c.newChecksum())).toList();
  }

  private static List<HistoryAcceptance.Change> select(List<StatusEntry> entries, List<RevisionId> wanted) {
    List<HistoryAcceptance.Change> accepted = new ArrayList<>();
    if (wanted == null) {
      for (StatusEntry entry : entries) {
        if (entry.state().equals("edited")) {
          accepted.add(change(entry));
        }
      }
      return accepted;
    }
    Map<RevisionId, StatusEntry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.put(e.id(), e));
    for (RevisionId id : wanted) {
      StatusEntry entry = byId.get(id);
      if (entry.state().equals("pending")) {
        throw AcceptException.notApplied(id.value(), "pending");
      }
      if (!entry.state().equals("edited")) {
        throw AcceptException.notEdited(id.value());
      }
      accepted.add(change(entry));
    }
    return accepted;
  }

  private static HistoryAcceptance.Change change(StatusEntry entry) {
    return new HistoryAcceptance.Change(entry.id().value(), entry.appliedChecksum(), entry.revision().checksum());
  }

  private List<RevisionId> resolve(List<String> ids) {
    List<RevisionId> resolved = new ArrayList<>();
    for (String text : ids) {
      List<RevisionId> matches = graph.withPrefix(text);
      if (matches.isEmpty()) {
        throw new UnknownRevisionException(text, List.of());
      }
      if (matches.size() > 1 && !matches.contains(new RevisionId(text))) {
        throw new AmbiguousPrefixException(text, matches, List.of());
      }
      RevisionId id = matches.size() == 1 ? matches.get(0) : new RevisionId(text);
      if (!resolved.contains(id)) {
        resolved.add(id);
      }
    }
    return resolved;
  }
}
