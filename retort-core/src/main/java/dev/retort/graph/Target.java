package dev.retort.graph;

/**
 * A parsed target, before it is resolved against a graph. See {@link TargetParser} for the
 * syntax and {@link TargetResolver} for the meaning.
 */
public sealed interface Target {
  /** The text the user typed, for messages. */
  String text();

  /** {@code head}: the single head. */
  record Head(String text) implements Target {}

  /** {@code heads}: every head. */
  record Heads(String text) implements Target {}

  /** {@code base}: nothing applied. */
  record Base(String text) implements Target {}

  /** {@code current}: the database's current revisions (history ranges). */
  record Current(String text) implements Target {}

  /** A full id, a branch label, or a unique prefix (of the ids and labels longer than 3 characters). */
  record Ref(String text, String ref) implements Target {}

  /** {@code <label or id>@head}. */
  record BranchHead(String text, String branch) implements Target {}

  /** {@code <label or id>@base}. */
  record BranchBase(String text, String branch) implements Target {}

  /** {@code <label>@<id>}: a revision that must lie on the label's branch. */
  record BranchRef(String text, String branch, String ref) implements Target {}

  /**
   * {@code +N}, {@code -N} (anchor null: relative to the database's current revisions), {@code
   * <label>@+N}, or {@code <target>+N} / {@code <target>-N}.
   */
  record Relative(String text, Target anchor, String branch, int steps) implements Target {}
}
