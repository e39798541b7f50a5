package dev.retort.plan;

import dev.retort.graph.Resolved;
import dev.retort.graph.RevisionId;
import dev.retort.graph.Traversal;
import java.util.Collection;
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
    for (RevisionId dest : target.ids()) {
      if (result.contains(dest)) {
        continue;
      }
      result.removeAll(onLineOf(result, List.of(dest)));
      result.add(dest);
    }
    return result;
  }

  private Set<RevisionId> onLineOf(Collection<RevisionId> rows, Collection<RevisionId> dests) {
    Set<RevisionId> line = traversal.ancestorsOrSelf(dests, Traversal.Edges.PARENTS_AND_DEPENDENCIES);
    line.addAll(traversal.descendantsOrSelf(dests, Traversal.Edges.PARENTS_AND_DEPENDENCIES));
    Set<RevisionId> onLine = new TreeSet<>(rows);
    onLine.retainAll(line);
    return onLine;
  }

}
