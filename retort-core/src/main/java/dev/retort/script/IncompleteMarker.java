package dev.retort.script;

import dev.retort.error.Location;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code -- Incomplete: <reason>} header line of a SQL revision whose body is not SQL yet:
 * {@code retort import-alembic} writes it when Alembic's offline mode could not give a revision's
 * SQL, and keeps the Python body in a comment. Runs refuse such a revision (S041) and lint reports
 * it (RT120) until the line is deleted. Read from the file's header on demand, as the graph
 * commands never need it.
 *
 * @param location the file and the line of the marker
 * @param reason the text after {@code Incomplete:}
 */
public record IncompleteMarker(Location location, String reason) {
  /** The header key, as {@code import-alembic} writes it. */
  public static final String KEY = "Incomplete";

  /** The marker in the header of {@code text} (a SQL revision's text), if there is one. */
  public static Optional<IncompleteMarker> in(Path path, String text) {
    int lineNo = 0;
    for (String raw : text.split("\n", -1)) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("--")) {
        return Optional.empty();
      }
      String comment = line.substring(2).strip();
      if (comment.startsWith("+upgrade") || comment.startsWith("+downgrade")) {
        return Optional.empty();
      }
      int colon = comment.indexOf(':');
      if (colon > 0 && HeaderKeys.lookup(comment.substring(0, colon).strip()) == HeaderFields.Key.INCOMPLETE) {
        return Optional.of(new IncompleteMarker(new Location(path, lineNo), comment.substring(colon + 1).strip()));
      }
    }
    return Optional.empty();
  }

  /** The marker of the SQL revision file {@code path}, if it has one. */
  public static Optional<IncompleteMarker> of(Path path) {
    return in(path, ScriptText.read(path));
  }

  /** The header line that marks a revision incomplete for {@code reason}. */
  public static String headerLine(String reason) {
    return "-- " + KEY + ": " + reason.strip().replaceAll("\\s+", " ");
  }
}
