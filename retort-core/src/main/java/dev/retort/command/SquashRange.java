package dev.retort.command;

import dev.retort.graph.Resolved;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import dev.retort.graph.TargetResolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions {@code FROM:TO} names, oldest first, checked to be a linear chain a squash can
 * replace: every revision but FROM revises exactly its predecessor, every revision but TO has
 * exactly one child (its successor) and nothing outside depends on it. A merge at FROM and a
 * branch point at TO are fine: the squash revises FROM's parents, and TO's children keep theirs.
 *
 * @param chain the revisions, oldest first
 */
record SquashRange(List<Revision> chain) {
  SquashRange {
    chain = List.copyOf(chain);
  }

  /** Resolves and checks {@code text} ({@code FROM:TO}) on the graph as loaded (squashes collapsed). */
  static SquashRange resolve(RevisionGraph graph, String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new SquashRefusedException(null, "the range '" + text + "' is not FROM:TO", List.of(),
          "name the first and the last revision to squash, e.g. retort squash 3f2a9c1d:9c8b7a6d -m \"squash 2026\"");
    }
    RevisionId from = one(graph, text.substring(0, colon).strip());
    RevisionId to = one(graph, text.substring(colon + 1).strip());
    List<Revision> chain = new ArrayList<>();
    RevisionId current = to;
    while (true) {
      Revision revision = graph.get(current);
      refuseSquash(graph, revision);
      chain.add(revision);
      if (current.equals(from)) {
        break;
      }
      if (revision.parents().size() != 1) {
        throw notChain(text, revision, revision.parents().isEmpty()
            ? revision.id() + " is a base, and " + from + " is not below it: FROM must be an ancestor of TO"
            : revision.id() + " is a merge (revises " + joined(revision.parents()) + ") inside the range");
      }
      current = revision.parents().get(0);
    }
    Collections.reverse(chain);
    if (chain.size() < 2) {
      throw new SquashRefusedException(null, "the range '" + text + "' holds one revision; nothing to squash",
          List.of(), "name a range of two revisions or more, FROM:TO with FROM an ancestor of TO");
    }
    for (Revision revision : chain.subList(0, chain.size() - 1)) {
      List<RevisionId> children = graph.children(revision.id());
      if (children.size() > 1) {
        throw notChain(text, revision, revision.id() + " is a branch point inside the range (revised by "
            + joined(children) + ")");
      }
      if (!graph.dependents(revision.id()).isEmpty()) {
        throw notChain(text, revision, joined(graph.dependents(revision.id())) + " depends on " + revision.id()
            + ", inside the range");
      }
    }
    return new SquashRange(chain);
  }

  Revision from() {
    return chain.get(0);
  }

  Revision to() {
    return chain.get(chain.size() - 1);
  }

  List<RevisionId> ids() {
    return chain.stream().map(Revision::id).toList();
  }

  /** What the range depends on outside itself (every revision's Depends-On, the range's own ids left out). */
  List<String> dependsOn() {
    Set<String> own = new LinkedHashSet<>(ids().stream().map(RevisionId::value).toList());
    Set<String> all = new LinkedHashSet<>();
    chain.forEach(r -> r.dependsOn().stream().filter(d -> !own.contains(d)).forEach(all::add));
    return List.copyOf(all);
  }

  /** Whether every revision of the range runs in a transaction. */
  boolean transactional() {
    return chain.stream().allMatch(Revision::transactional);
  }

  private static RevisionId one(RevisionGraph graph, String ref) {
    Resolved resolved = new TargetResolver(graph, null).resolve(ref);
    if (resolved.base() || resolved.ids().size() != 1) {
      throw new SquashRefusedException(null, "'" + ref + "' does not name one revision", List.of(),
          "give revision ids (or unique prefixes) on both sides: FROM:TO");
    }
    return resolved.ids().get(0);
  }

  private static void refuseSquash(RevisionGraph graph, Revision revision) {
    if (graph.squashes().squash(revision.id()).isPresent()) {
      throw new SquashRefusedException(revision.origin().revisionLocation(), revision.id()
          + " is itself a squash whose replaced revisions are still there", List.of(),
          "prune it first (retort squash --prune " + revision.id() + "), then squash the range again");
    }
  }

  private static SquashRefusedException notChain(String text, Revision offending, String why) {
    return new SquashRefusedException(offending.origin().revisionLocation(),
        "the range '" + text + "' is not a linear chain: " + why, List.of(),
        "squash a range with no branch point or merge inside it (a merge at FROM and a branch point at TO are fine)");
  }

  private static String joined(List<RevisionId> ids) {
    return String.join(", ", ids.stream().map(RevisionId::value).toList());
  }
}
