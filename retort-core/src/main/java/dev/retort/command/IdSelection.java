package dev.retort.command;

import dev.retort.graph.RevisionGraph;
import dev.retort.graph.RevisionId;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which revisions {@code rewrite-ids} renames: every one ({@code all}), and/or those whose id is
 * longer than {@code longerThan} characters, and/or those whose id {@code pattern} finds a match
 * in. Given criteria must all hold.
 *
 * @param longerThan ids longer than this many characters, if given
 * @param all every revision
 * @param pattern a regular expression searched in each id, if given
 */
public record IdSelection(OptionalInt longerThan, boolean all, java.util.Optional<String> pattern) {
  /** The selected ids, in topological order; throws A006 when no criterion is given or the pattern is not valid. */
  List<RevisionId> select(RevisionGraph graph) {
    if (!all && longerThan.isEmpty() && pattern.isEmpty()) {
      throw IdRewriteException.refused(null, "no revisions selected", List.of(),
          "pass --all, --longer-than N or --pattern REGEX");
    }
    Pattern regex;
    try {
      regex = pattern.map(Pattern::compile).orElse(null);
    } catch (PatternSyntaxException e) {
      throw IdRewriteException.refused(null, "--pattern is not a regular expression: " + e.getDescription(),
          List.of(e.getPattern()), "fix the expression, e.g. --pattern '^[a-z_]+$'");
    }
    return graph.topologicalOrder().stream()
        .filter(id -> longerThan.isEmpty() || id.value().length() > longerThan.getAsInt())
        .filter(id -> regex == null || regex.matcher(id.value()).find())
        .toList();
  }
}
