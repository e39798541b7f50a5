package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.ArrayList;
import java.util.List;

/** A revision prefix matches more than one revision id or branch label. */
public final class AmbiguousPrefixException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final transient List<RevisionId> candidates;
  private final transient List<Label> labels;

  /** A branch label the prefix matches, with the revision that declares it. */
  public record Label(String name, RevisionId owner) {}

  /**
   * @param candidates the ids the prefix matches, sorted
   * @param labels the branch labels it matches (Alembic matches labels by prefix too), sorted
   */
  public AmbiguousPrefixException(String prefix, List<RevisionId> candidates, List<Label> labels) {
    super(
        ErrorCode.G005,
        null,
        summary(prefix, candidates.size(), labels.size()),
        List.of("candidates: " + String.join(", ", names(candidates, labels))),
        "type more characters of the id you mean");
    this.candidates = List.copyOf(candidates);
    this.labels = List.copyOf(labels);
  }

  private static String summary(String prefix, int ids, int labels) {
    if (labels == 0) {
      return "'" + prefix + "' is a prefix of " + ids + " revisions";
    }
    return "'" + prefix + "' is a prefix of " + ids + (ids == 1 ? " revision id" : " revision ids")
        + " and " + labels + (labels == 1 ? " branch label" : " branch labels");
  }

  private static List<String> names(List<RevisionId> candidates, List<Label> labels) {
    List<String> names = new ArrayList<>(candidates.stream().map(RevisionId::value).toList());
    labels.forEach(l -> names.add(l.name() + " (label of " + l.owner() + ")"));
    return names;
  }

  /** The revision ids the prefix matches, sorted. */
  public List<RevisionId> candidates() {
    return candidates;
  }

  /** The branch labels the prefix matches, sorted. */
  public List<Label> labels() {
    return labels;
  }
}
