package dev.retort.api;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The revisions {@code rewrite-ids} renames: those matching every criterion given.
 *
 * @param longerThan ids longer than this many characters, if given
 * @param all every revision
 * @param pattern a regular expression found anywhere in the id ({@code ^...$} to match all of it), if given
 */
public record RevisionSelection(OptionalInt longerThan, boolean all, Optional<String> pattern) {
  /** Ids longer than {@code length} characters. */
  public static RevisionSelection longerThan(int length) {
    return new RevisionSelection(OptionalInt.of(length), false, Optional.empty());
  }

  /** Every revision. */
  public static RevisionSelection every() {
    return new RevisionSelection(OptionalInt.empty(), true, Optional.empty());
  }

  /** Ids in which {@code regex} finds a match. */
  public static RevisionSelection matching(String regex) {
    return new RevisionSelection(OptionalInt.empty(), false, Optional.of(regex));
  }
}
