package dev.retort.autogen.source;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A schema source that cannot be built: a {@code schema.sql} statement that fails (RT-M001), a
 * source that names nothing (RT-M003), no desired schema (RT-M004), migrations that fail to replay
 * (RT-M007), a bad rename hint (RT-M008), JPA entities without a class path (RT-M011) or without
 * Retort's JPA support (RT-M012).
 */
public final class SchemaSourceException extends RetortException {
  private static final long serialVersionUID = 1L;

  /**
   * @param code one of the {@code M} codes listed above
   * @param location the file and line at fault, or null
   * @param summary what failed, naming the file, revision or source
   * @param details further lines: the database's message, the statement, the forms accepted
   * @param hint what to change
   */
  public SchemaSourceException(
      ErrorCode code, Location location, String summary, List<String> details, String hint, Throwable cause) {
    super(code, location, summary, details, hint, cause);
  }

  public SchemaSourceException(ErrorCode code, Location location, String summary, List<String> details, String hint) {
    this(code, location, summary, details, hint, null);
  }

  /**
   * RT-M007: revisions failed while they were replayed on a scratch database. Carries the
   * revision's own error (code, summary, details) and names the scratch database.
   */
  public static SchemaSourceException replayFailed(RetortException error, String scratch, String summary,
      String hint) {
    List<String> details = new java.util.ArrayList<>();
    details.add(error.code().display() + ": " + error.summary());
    details.addAll(error.details());
    details.add("scratch database: " + scratch);
    return new SchemaSourceException(ErrorCode.M007, error.location().orElse(null), summary + ": " + error.summary(),
        details, hint, error);
  }
}
