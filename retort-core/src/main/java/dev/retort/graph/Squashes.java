package dev.retort.graph;

import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The squash revisions of a script directory whose replaced scripts are still there, and the two
 * ways to read each: <em>collapsed</em> (the squash stands in for its chain; a reference to any
 * replaced id is a reference to the squash) or <em>expanded</em> (the old chain, the squash left
 * out; a reference to the squash is a reference to the chain's last revision). A squash whose
 * replaced revisions are all gone (pruned) is an ordinary revision and is not listed here.
 */
public final class Squashes {
  /** No squashes. */
  public static final Squashes NONE = new Squashes(List.of(), Map.of());

  private final List<Squash> squashes;
  private final Map<RevisionId, Revision> originals;

  private Squashes(List<Squash> squashes, Map<RevisionId, Revision> originals) {
    this.squashes = List.copyOf(squashes);
    this.originals = originals;
  }

  /** The squashes among {@code byId} (every revision as read); each problem found is added to {@code problems}. */
  static Squashes find(Map<RevisionId, Revision> byId, List<RetortException> problems) {
    Map<RevisionId, List<RevisionId>> children = new HashMap<>();
    for (Revision revision : byId.values()) {
      if (revision.isSquash()) {
        continue; // a squash sits beside the chain it replaces: it makes no branch point in another squash's chain
      }
      for (RevisionId parent : revision.parents()) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(revision.id());
      }
    }
    Map<RevisionId, RevisionId> claimedBy = new HashMap<>();
    List<Squash> found = new ArrayList<>();
    for (Revision squash : byId.values().stream().filter(Revision::isSquash).sorted(
        (a, b) -> a.id().compareTo(b.id())).toList()) {
      SquashChain chain = new SquashChain(squash, byId, children);
      Optional<SquashException> problem = chain.problem(claimedBy);
      if (problem.isPresent()) {
        problems.add(problem.get());
      } else if (chain.active()) {
        chain.ids().forEach(id -> claimedBy.put(id, squash.id()));
        found.add(new Squash(squash.id(), chain.ids()));
      }
    }
    return found.isEmpty() ? NONE : new Squashes(found, Collections.unmodifiableMap(new LinkedHashMap<>(byId)));
  }

  public boolean isEmpty() {
    return squashes.isEmpty();
  }

  /** Every squash, by id. */
  public List<Squash> all() {
    return squashes;
  }

  /** The squash with this id, if it is one whose replaced scripts are there. */
  public Optional<Squash> squash(RevisionId id) {
    return squashes.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The squash that replaces this revision, if any. */
  public Optional<Squash> replacing(RevisionId id) {
    return squashes.stream().filter(s -> s.replaces(id)).findFirst();
  }

  /** Every revision as read, squashes and replaced ones alike. */
  Map<RevisionId, Revision> originals() {
    return originals;
  }

  /** A revision as its script declares it (references not rewritten for a view), squash or replaced. */
  public Optional<Revision> asWritten(RevisionId id) {
    return original(id);
  }

  /** A revision as read from its script, squash or replaced, whatever the view. */
  Optional<Revision> original(RevisionId id) {
    return Optional.ofNullable(originals.get(id));
  }

  /**
   * The revisions of the view in which the squashes in {@code expanded} are read as their old
   * chains and every other squash stands in for its chain; references rewritten to match.
   */
  Map<RevisionId, Revision> arrange(Map<RevisionId, Revision> byId, Set<RevisionId> expanded) {
    Map<RevisionId, RevisionId> renamed = new HashMap<>();
    Set<RevisionId> dropped = new HashSet<>();
    for (Squash squash : squashes) {
      if (expanded.contains(squash.id())) {
        dropped.add(squash.id());
        renamed.put(squash.id(), squash.to());
      } else {
        dropped.addAll(squash.chain());
        squash.chain().forEach(id -> renamed.put(id, squash.id()));
      }
    }
    Map<RevisionId, Revision> view = new LinkedHashMap<>(byId.size() * 2);
    for (Revision revision : byId.values()) {
      if (!dropped.contains(revision.id())) {
        view.put(revision.id(), rewritten(revision, renamed));
      }
    }
    return view;
  }

  private static Revision rewritten(Revision revision, Map<RevisionId, RevisionId> renamed) {
    boolean touched = revision.parents().stream().anyMatch(renamed::containsKey)
        || revision.dependsOn().stream().anyMatch(d -> RevisionId.isValid(d) && renamed.containsKey(new RevisionId(d)));
    if (!touched) {
      return revision;
    }
    Set<RevisionId> parents = new LinkedHashSet<>();
    revision.parents().forEach(p -> parents.add(renamed.getOrDefault(p, p)));
    Set<String> dependsOn = new LinkedHashSet<>();
    for (String d : revision.dependsOn()) {
      RevisionId to = RevisionId.isValid(d) ? renamed.get(new RevisionId(d)) : null;
      dependsOn.add(to == null ? d : to.value());
    }
    return revision.withReferences(List.copyOf(parents), List.copyOf(dependsOn));
  }
}
