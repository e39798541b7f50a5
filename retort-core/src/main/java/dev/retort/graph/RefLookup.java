package dev.retort.graph;

import dev.retort.error.NearMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Finds the revision a reference means: a full id, a branch label, or a unique 4+ character prefix. */
final class RefLookup {
  /** The shortest prefix accepted in place of a full id. */
  static final int MIN_PREFIX = 4;

  private final RevisionGraph graph;

  RefLookup(RevisionGraph graph) {
    this.graph = graph;
  }

  /**
   * @param ref the text
   * @param scope which revisions may match (a branch), or all
   * @param label the branch label the scope stands for, for messages; null when unscoped
   */
  RevisionId find(String ref, Predicate<RevisionId> scope, String label) {
    if (RevisionId.isValid(ref)) {
      RevisionId exact = new RevisionId(ref);
      if (graph.contains(exact)) {
        return inScope(exact, scope, label, ref);
      }
    }
    var owner = graph.labelOwner(ref);
    if (owner.isPresent()) {
      return inScope(owner.get(), scope, label, ref);
    }
    if (ref.length() >= MIN_PREFIX) {
      List<RevisionId> matches = graph.withPrefix(ref).stream().filter(scope).toList();
      if (matches.size() == 1) {
        return matches.get(0);
      }
      if (matches.size() > 1) {
        throw new AmbiguousPrefixException(ref, matches);
      }
    }
    List<String> names = new ArrayList<>(graph.ids());
    names.addAll(graph.labels());
    throw new UnknownRevisionException(
        label == null ? ref : label + "@" + ref, NearMatches.among(ref, names));
  }

  private RevisionId inScope(RevisionId id, Predicate<RevisionId> scope, String label, String ref) {
    if (!scope.test(id)) {
      throw new UnknownRevisionException(
          label + "@" + ref, List.of("revision " + id + " exists but is not on branch '" + label + "' (neither above nor below "
              + (graph.labelOwner(label).isPresent() ? "the revision that declares it)" : label + ")")),
          "pick a revision on that branch (retort history -r " + label + "@base:" + label + "@head lists them)");
    }
    return id;
  }
}
