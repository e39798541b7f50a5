package dev.retort.graph;

import java.util.Objects;

/**
 * A revision's id: 1 to 255 characters of {@code [A-Za-z0-9_.]}. The characters {@code @ - + :}
 * are never allowed because the target syntax uses them.
 *
 * @param value the id text
 */
public record RevisionId(String value) implements Comparable<RevisionId> {
  /** The longest id the default version column holds. */
  public static final int MAX_LENGTH = 255;

  public RevisionId {
    Objects.requireNonNull(value, "value");
    String problem = problemWith(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /** The id, or an {@link IllegalArgumentException} saying what is wrong with the text. */
  public static RevisionId of(String value) {
    return new RevisionId(value);
  }

  /** Whether the text is a legal id. */
  public static boolean isValid(String value) {
    return problemWith(value) == null;
  }

  /** Why the text is not a legal id, or null when it is one. */
  public static String problemWith(String value) {
    return value.isEmpty() ? "a revision id cannot be empty" : problemWith(value, "revision id");
  }

  /**
   * Why the text is not a legal id, or null when it is one, naming it as {@code subject} (such as
   * {@code --rev-id}): "SUBJECT 'a-b' contains '-'; ...", "SUBJECT is 300 characters; ...".
   */
  public static String problemWith(String value, String subject) {
    if (value.isEmpty()) {
      return subject + " cannot be empty";
    }
    if (value.length() > MAX_LENGTH) {
      return subject + " is " + value.length() + " characters; at most " + MAX_LENGTH + " are allowed";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isIdChar(c)) {
        return subject + " '" + value + "' contains '" + c + "'; ids use only letters, digits, '_' and '.'";
      }
    }
    return null;
  }

  /** Whether the character may appear in an id. */
  public static boolean isIdChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.';
  }

  // Written out rather than left to the record's generated methods: ids are hash keys throughout
  // the graph, and the generated ones dispatch through method handles, which a short-lived
  // command (a cold JIT) pays for on every lookup.
  @Override
  public boolean equals(Object other) {
    return other instanceof RevisionId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(RevisionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
