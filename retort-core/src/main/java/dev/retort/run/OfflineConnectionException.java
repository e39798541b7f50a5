package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A Java revision called {@code op.connection()} while being rendered as an offline script (V005):
 * raw JDBC needs a live database, and what the code would do with it depends on the data.
 */
public final class OfflineConnectionException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final String revisionId;

  /** Thrown by {@link OfflineOperations#connection()}, before the revision's file is known. */
  OfflineConnectionException(String revisionId) {
    this(null, revisionId, null);
  }

  private OfflineConnectionException(Location location, String revisionId, Throwable cause) {
    super(
        ErrorCode.V005,
        location,
        "Java revision " + revisionId + " cannot be rendered as SQL: it calls op.connection() for a data migration"
            + " with raw JDBC, which cannot run offline (--sql)",
        List.of("nothing was written: an offline script holds SQL only, and what the code would do with the"
            + " connection depends on the data"),
        "run it online (retort upgrade without --sql), or express it with op.execute(...) and op.bulkInsert(...)"
            + " instead of op.connection()",
        cause);
    this.revisionId = revisionId;
  }

  /** The same error at {@code location} (the line of the revision that called it). */
  OfflineConnectionException at(Location location) {
    return new OfflineConnectionException(location, revisionId, this);
  }
}
