package dev.retort.script;

import dev.retort.error.NearMatches;
import java.util.Locale;
import java.util.Map;

/** Maps the spellings of header keys (Retort's and the ones Alembic docstrings use) to keys. */
final class HeaderKeys {
  private static final Map<String, HeaderFields.Key> SPELLINGS = Map.ofEntries(
      Map.entry("revision", HeaderFields.Key.REVISION),
      Map.entry("revision id", HeaderFields.Key.REVISION),
      Map.entry("revises", HeaderFields.Key.REVISES),
      Map.entry("message", HeaderFields.Key.MESSAGE),
      Map.entry("create-date", HeaderFields.Key.CREATE_DATE),
      Map.entry("create date", HeaderFields.Key.CREATE_DATE),
      Map.entry("branch-labels", HeaderFields.Key.BRANCH_LABELS),
      Map.entry("branch labels", HeaderFields.Key.BRANCH_LABELS),
      Map.entry("depends-on", HeaderFields.Key.DEPENDS_ON),
      Map.entry("depends on", HeaderFields.Key.DEPENDS_ON),
      Map.entry("transactional", HeaderFields.Key.TRANSACTIONAL),
      Map.entry("replaces", HeaderFields.Key.REPLACES),
      Map.entry("incomplete", HeaderFields.Key.INCOMPLETE));

  private HeaderKeys() {}

  /** The key this spelling means, or null. */
  static HeaderFields.Key lookup(String spelling) {
    return SPELLINGS.get(spelling.toLowerCase(Locale.ROOT));
  }

  /** The proper spelling of a key that {@code spelling} looks like a typo of, or null. */
  static String typoOf(String spelling) {
    String lower = spelling.toLowerCase(Locale.ROOT);
    if (lower.length() < 5) {
      return null;
    }
    for (HeaderFields.Key key : HeaderFields.Key.values()) {
      String proper = key.header.toLowerCase(Locale.ROOT);
      if (NearMatches.distance(lower, proper, 2) <= 2) {
        return key.header;
      }
    }
    return null;
  }
}
