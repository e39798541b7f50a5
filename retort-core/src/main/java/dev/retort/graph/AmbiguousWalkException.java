package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A relative move ({@code +N}, {@code X-1}) would have to choose between branches. */
public final class AmbiguousWalkException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final transient List<RevisionId> candidates;

  public AmbiguousWalkException(String target, String where, List<RevisionId> candidates) {
    this(target, where, candidates, candidates.get(0).value());
  }

  /**
   * @param example an explicit target that picks the first candidate, for the fix line
   */
  public AmbiguousWalkException(String target, String where, List<RevisionId> candidates, String example) {
    this(target, true, where, candidates, example);
  }

  /**
   * @param relative false for a target with no step ({@code <label>@<id>}), which is then not
   *     called a relative target in the message
   * @param example an explicit target that picks the first candidate, for the fix line
   */
  public AmbiguousWalkException(
      String target, boolean relative, String where, List<RevisionId> candidates, String example) {
    super(
        ErrorCode.G006,
        null,
        (relative ? "relative target '" : "target '") + target + "' is ambiguous: " + where,
        List.of("candidates: " + String.join(", ", candidates.stream().map(RevisionId::value).toList())),
        "name the revision you mean explicitly, e.g. " + example);
    this.candidates = List.copyOf(candidates);
  }

  /** The revisions the walk could continue to. */
  public List<RevisionId> candidates() {
    return candidates;
  }
}
