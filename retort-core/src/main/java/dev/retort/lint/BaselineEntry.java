package dev.retort.lint;

/**
 * One finding recorded in a lint baseline, keyed so that it survives edits that only move it:
 * no line number, but the revision and a hash of the statement (or line) the finding is about.
 *
 * @param code the rule's code
 * @param revision the revision id of the file (its path when the file has no readable header;
 *     empty for a finding about the whole project)
 * @param fingerprint a hash of the code, revision and the statement text (whitespace collapsed)
 * @param message the finding's message when it was recorded, for people reading the file
 */
public record BaselineEntry(String code, String revision, String fingerprint, String message) {
  /** Whether the two entries record the same finding (the message is not part of the key). */
  boolean sameKey(BaselineEntry other) {
    return code.equals(other.code) && revision.equals(other.revision) && fingerprint.equals(other.fingerprint);
  }

  /** The key as one string. */
  String key() {
    return code + "\u0000" + revision + "\u0000" + fingerprint;
  }
}
