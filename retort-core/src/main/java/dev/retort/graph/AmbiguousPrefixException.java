package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A revision prefix matches more than one revision. */
public final class AmbiguousPrefixException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final transient List<RevisionId> candidates;

  public AmbiguousPrefixException(String prefix, List<RevisionId> candidates) {
    super(
        ErrorCode.G005,
        null,
        "'" + prefix + "' is a prefix of " + candidates.size() + " revisions",
        List.of("candidates: " + String.join(", ", candidates.stream().map(RevisionId::value).toList())),
        "type more characters of the id you mean");
    this.candidates = List.copyOf(candidates);
  }

  /** The revisions the prefix matches, sorted. */
  public List<RevisionId> candidates() {
    return candidates;
  }
}
