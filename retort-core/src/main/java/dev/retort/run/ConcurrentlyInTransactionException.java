package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import dev.retort.graph.Revision;
import dev.retort.graph.RevisionKind;
import dev.retort.script.SqlStatement;
import java.util.List;

/**
 * A step would run a {@code CONCURRENTLY} statement inside a transaction, which the database
 * refuses (V008); found before the first step runs, so nothing is applied.
 */
public final class ConcurrentlyInTransactionException extends RetortException {
  private static final long serialVersionUID = 1L;

  ConcurrentlyInTransactionException(Revision revision, String direction, SqlStatement statement) {
    super(
        ErrorCode.V008,
        new Location(revision.origin().path(), statement.line()),
        "CONCURRENTLY cannot run inside a transaction, and the " + direction + " of revision " + revision.id()
            + " runs in one: " + excerpt(statement.sql()),
        List.of("nothing was run: every step of the run is checked before the first one runs"),
        revision.kind() == RevisionKind.JAVA
            ? "add 'transactional = false' to @Revision(...) in " + revision.origin().path().getFileName()
                + " (and keep the revision to this one statement)"
            : "add the header line '-- Transactional: false' to " + revision.origin().path().getFileName()
                + " (and keep the revision to this one statement)");
  }

  private static String excerpt(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 197) + "..." : flat;
  }
}
