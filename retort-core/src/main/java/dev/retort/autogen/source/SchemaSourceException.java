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
}
