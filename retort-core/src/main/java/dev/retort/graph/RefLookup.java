package dev.retort.graph;

import dev.retort.error.NearMatches;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the revision a reference means, in Alembic 1.20's order ({@code
 * RevisionMap._revision_for_ident}): a full id, then a branch label, then a prefix of any length
 * of the ids and labels that are longer than {@value #SHORT_NAME} characters.
 */
final class RefLookup {
  /**
   * Ids and labels of this many characters or fewer are matched only in full, never by prefix
   * (Alembic's {@code len(x) > 3}). The prefix itself may be of any length.
   */
  static final int SHORT_NAME = 3;

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
    List<RevisionId> ids = graph.withPrefix(ref).stream()
        .filter(id -> id.value().length() > SHORT_NAME)
        .filter(scope)
        .toList();
    List<String> labels = graph.labels().stream()
        .filter(l -> l.length() > SHORT_NAME && l.startsWith(ref))
        .filter(l -> scope.test(graph.labelOwner(l).orElseThrow()))
        .sorted()
        .toList();
    // as in Alembic, each matching name counts, so a label and the revision carrying it are two
    if (ids.size() + labels.size() == 1) {
      return ids.isEmpty() ? graph.labelOwner(labels.get(0)).orElseThrow() : ids.get(0);
    }
    if (ids.size() + labels.size() > 1) {
      throw new AmbiguousPrefixException(ref, ids, labels.stream().map(this::ownedLabel).toList());
    }
    throw unknown(ref, label);
  }

  private AmbiguousPrefixException.Label ownedLabel(String label) {
    return new AmbiguousPrefixException.Label(label, graph.labelOwner(label).orElseThrow());
  }

  private UnknownRevisionException unknown(String ref, String label) {
    List<String> names = new ArrayList<>(graph.ids());
    names.addAll(graph.labels());
    boolean onlyShortIds = !graph.withPrefix(ref).isEmpty()
        && graph.withPrefix(ref).stream().allMatch(id -> id.value().length() <= SHORT_NAME);
    return new UnknownRevisionException(
        label == null ? ref : label + "@" + ref, NearMatches.among(ref, names), onlyShortIds);
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
