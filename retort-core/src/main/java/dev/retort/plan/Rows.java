package dev.retort.plan;

import dev.retort.graph.RevisionId;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Immutable sorted sets of version rows. */
final class Rows {
  private Rows() {}

  static SortedSet<RevisionId> freeze(Collection<RevisionId> ids) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }
}
