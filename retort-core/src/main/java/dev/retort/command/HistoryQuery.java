package dev.retort.command;

import dev.retort.graph.MalformedTargetException;
import dev.retort.graph.RangeNotAncestorException;
import dev.retort.graph.Resolved;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetRange;
import dev.retort.graph.TargetResolver;
import dev.retort.graph.Traversal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The revisions of a history range, newest first. {@code from:to} includes both ends: the
 * revisions that descend from {@code from} and lead up to {@code to} (through parents and
 * dependencies); an empty end means base or the heads.
 */
public final class HistoryQuery {
  private final RevisionGraph graph;
  private final TargetResolver resolver;
  private final Traversal traversal;

  public HistoryQuery(RevisionGraph graph, Collection<RevisionId> current) {
    this.graph = graph;
    this.resolver = new TargetResolver(graph, current);
    this.traversal = new Traversal(graph);
  }

  /** Every revision, newest first. */
  public List<RevisionId> all() {
    List<RevisionId> ids = new ArrayList<>(graph.topologicalOrder());
    Collections.reverse(ids);
    return ids;
  }

  /** The revisions of the range text ({@code a:b}, {@code a:}, {@code :b}), newest first. */
  public List<RevisionId> range(String text) {
    if (text.indexOf(':') < 0) {
      throw new MalformedTargetException(text, "a history range is [start]:[end], [start]: or :[end]");
    }
    TargetRange range = TargetRange.parse(text);
    Set<RevisionId> upper = null;
    if (range.to() != null) {
      Resolved to = resolver.resolve(range.to());
      upper = traversal.ancestorsOrSelf(to.base() ? List.of() : to.ids(), Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    }
    Set<RevisionId> lower = null;
    if (range.from() != null) {
      Resolved from = resolver.resolve(range.from());
      if (!from.ids().isEmpty()) {
        lower = traversal.descendantsOrSelf(from.ids(), Traversal.Edges.PARENTS_AND_DEPENDENCIES);
      }
    }
    List<RevisionId> result = new ArrayList<>();
    for (RevisionId id : all()) {
      if ((upper == null || upper.contains(id)) && (lower == null || lower.contains(id))) {
        result.add(id);
      }
    }
    if (result.isEmpty() && range.from() != null && range.to() != null) {
      boolean swappedWorks = upper != null && lower != null
          && traversal.descendantsOrSelf(resolver.resolve(range.to()).ids(), Traversal.Edges.PARENTS_AND_DEPENDENCIES)
              .stream().anyMatch(traversal.ancestorsOrSelf(resolver.resolve(range.from()).ids(),
                  Traversal.Edges.PARENTS_AND_DEPENDENCIES)::contains);
      throw new RangeNotAncestorException(range.from().text(), range.to().text(), swappedWorks);
    }
    return result;
  }
}
