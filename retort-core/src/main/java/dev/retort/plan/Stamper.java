package dev.retort.plan;

import dev.retort.graph.Resolved;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Version rows after {@code stamp}, as Alembic computes them: for each destination, the rows on
 * its line (ancestors or descendants, dependencies included) are replaced by it; a destination on
 * no current line is added as a new branch; {@code base} deletes the rows.
 */
final class Stamper {
  private final Traversal traversal;

  Stamper(Traversal traversal) {
    this.traversal = traversal;
  }

  SortedSet<RevisionId> stamp(Collection<RevisionId> rows, Resolved target) {
    SortedSet<RevisionId> result = new TreeSet<>(rows);
    if (target.base()) {
      if (target.ids().isEmpty()) {
        result.clear();
      } else {
        result.removeAll(onLineOf(result, target.ids()));
      }
      return result;
    }
    for (RevisionId dest : outermost(target.ids())) {
      if (result.contains(dest)) {
        continue;
      }
      result.removeAll(onLineOf(result, List.of(dest)));
      result.add(dest);
    }
    return result;
  }

  /**
   * The destinations that are not an ancestor (through parents or dependencies) of another
   * destination: stamping those makes the others applied too. Without this, {@code stamp heads}
   * where one head is a dependency of another head's branch let the later destination replace the
   * earlier one on its line, leaving a head unapplied (Alembic's {@code heads} leaves such a head
   * out as well).
   */
  private List<RevisionId> outermost(List<RevisionId> dests) {
    Set<RevisionId> below = new HashSet<>();
    for (RevisionId dest : dests) {
      Set<RevisionId> ancestors = traversal.ancestorsOrSelf(List.of(dest), Traversal.Edges.PARENTS_AND_DEPENDENCIES);
      ancestors.remove(dest);
      below.addAll(ancestors);
    }
    return dests.stream().filter(dest -> !below.contains(dest)).toList();
  }

  private Set<RevisionId> onLineOf(Collection<RevisionId> rows, Collection<RevisionId> dests) {
    Set<RevisionId> line = traversal.ancestorsOrSelf(dests, Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    line.addAll(traversal.descendantsOrSelf(dests, Traversal.Edges.PARENTS_AND_DEPENDENCIES));
    Set<RevisionId> onLine = new TreeSet<>(rows);
    onLine.retainAll(line);
    return onLine;
  }

}
