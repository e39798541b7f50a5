package dev.retort.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one squash revision's {@code Replaces:} against the revisions as read and puts the
 * replaced ids in chain order. The replaced revisions must be one linear chain: a branch point is
 * allowed only at its last revision and a merge only at its first; nothing outside the chain may
 * revise or depend on a revision inside it but the last; and the squash revises what the first
 * revises.
 */
final class SquashChain {
  private final Revision squash;
  private final Map<RevisionId, Revision> byId;
  private final Map<RevisionId, List<RevisionId>> children;
  private final List<RevisionId> ordered = new ArrayList<>();

  SquashChain(Revision squash, Map<RevisionId, Revision> byId, Map<RevisionId, List<RevisionId>> children) {
    this.squash = squash;
    this.byId = byId;
    this.children = children;
  }

  /** Whether the replaced scripts are there (none of them: pruned, an ordinary revision). */
  boolean active() {
    return !ordered.isEmpty();
  }

  /** The replaced ids, oldest first (after {@link #problem} found none). */
  List<RevisionId> ids() {
    return List.copyOf(ordered);
  }

  /** What is wrong, if anything; {@code claimedBy} maps ids other squashes replace to them. */
  Optional<SquashException> problem(Map<RevisionId, RevisionId> claimedBy) {
    Set<RevisionId> replaced = new LinkedHashSet<>(squash.replaces());
    List<RevisionId> gone = replaced.stream().filter(id -> !byId.containsKey(id)).toList();
    if (gone.size() == replaced.size()) {
      return Optional.empty();
    }
    if (!gone.isEmpty()) {
      return problem(SquashException.Kind.UNKNOWN_REPLACED, "Replaces names " + names(gone) + ", which have no script, while "
          + names(replaced.stream().filter(byId::containsKey).toList()) + " still have theirs",
          "restore the deleted scripts, or finish pruning with: retort squash --prune " + squash.id());
    }
    for (RevisionId id : replaced) {
      if (id.equals(squash.id())) {
        return problem(SquashException.Kind.NOT_CHAIN, "Replaces names the squash itself", "remove " + id + " from its Replaces line");
      }
      if (byId.get(id).isSquash()) {
        return problem(SquashException.Kind.NOT_CHAIN, "Replaces names " + id + ", itself a squash", "squash the revisions " + id + " replaces instead,"
            + " or prune " + id + " first (retort squash --prune " + id + ")");
      }
      if (claimedBy.containsKey(id)) {
        return problem(SquashException.Kind.OVERLAP, id + " is replaced by squash " + claimedBy.get(id) + " as well",
            "keep one squash per revision: delete one of " + claimedBy.get(id) + " and " + squash.id());
      }
    }
    Optional<String> notChain = order(replaced);
    if (notChain.isPresent()) {
      ordered.clear();
      return problem(SquashException.Kind.NOT_CHAIN, "the replaced revisions are not a linear chain: " + notChain.get(),
          "squash a range with no branch point or merge inside it (retort squash FROM:TO)");
    }
    Revision first = byId.get(ordered.get(0));
    if (!Set.copyOf(first.parents()).equals(Set.copyOf(squash.parents()))) {
      ordered.clear();
      String parents = first.parents().isEmpty() ? "" : names(first.parents());
      return problem(SquashException.Kind.NOT_CHAIN, "it revises " + (squash.parents().isEmpty() ? "nothing" : names(squash.parents()))
          + ", but the range it replaces starts at " + first.id() + ", which revises "
          + (parents.isEmpty() ? "nothing" : parents), "Revises: " + parents);
    }
    return Optional.empty();
  }

  /** Orders the chain; the reason it is not one, if it is not. */
  private Optional<String> order(Set<RevisionId> replaced) {
    List<RevisionId> starts = replaced.stream()
        .filter(id -> byId.get(id).parents().stream().noneMatch(replaced::contains)).toList();
    if (starts.size() != 1) {
      return Optional.of(names(starts) + " each start a separate run of revisions");
    }
    RevisionId current = starts.get(0);
    ordered.add(current);
    while (true) {
      List<RevisionId> next = children.getOrDefault(current, List.of()).stream().filter(replaced::contains).toList();
      if (next.isEmpty()) {
        break;
      }
      List<RevisionId> all = children.getOrDefault(current, List.of());
      if (all.size() > 1) {
        return Optional.of(current + " is a branch point inside the range (revised by " + names(all) + ")");
      }
      current = next.get(0);
      if (byId.get(current).parents().size() > 1) {
        return Optional.of(current + " is a merge inside the range (revises " + names(byId.get(current).parents()) + ")");
      }
      ordered.add(current);
    }
    if (ordered.size() != replaced.size()) {
      Set<RevisionId> left = new HashSet<>(replaced);
      ordered.forEach(left::remove);
      return Optional.of(names(List.copyOf(left)) + " not on the chain from " + starts.get(0));
    }
    return dependedOnInside();
  }

  /** A revision outside the chain that depends on one inside it other than its last. */
  private Optional<String> dependedOnInside() {
    Set<String> inner = ordered.subList(0, ordered.size() - 1).stream().map(RevisionId::value).collect(Collectors.toSet());
    for (Revision revision : byId.values()) {
      if (ordered.contains(revision.id()) || revision.id().equals(squash.id())) {
        continue;
      }
      for (String dependency : revision.dependsOn()) {
        if (inner.contains(dependency)) {
          return Optional.of(revision.id() + " depends on " + dependency + ", inside the range");
        }
      }
    }
    return Optional.empty();
  }

  private Optional<SquashException> problem(SquashException.Kind kind, String what, String hint) {
    return Optional.of(new SquashException(squash, kind, what, hint));
  }

  private static String names(List<RevisionId> ids) {
    return ids.stream().map(RevisionId::value).sorted().collect(Collectors.joining(", "));
  }
}
