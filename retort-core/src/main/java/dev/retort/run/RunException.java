package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** A run refused before changing anything: a revision that cannot run, a column too narrow, no database. */
public final class RunException extends RetortException {
  private static final long serialVersionUID = 1L;
  private final boolean unreachable;

  RunException(ErrorCode code, Location location, String summary, List<String> details, String hint, Throwable cause) {
    this(code, location, summary, details, hint, cause, false);
  }

  private RunException(ErrorCode code, Location location, String summary, List<String> details, String hint,
      Throwable cause, boolean unreachable) {
    super(code, location, summary, details, hint, cause);
    this.unreachable = unreachable;
  }

  /** No connection could be made to the database (RT-D002); {@code summary} names the redacted URL. */
  static RunException unreachable(String summary, String hint) {
    return new RunException(ErrorCode.D002, null, summary, List.of(), hint, null, true);
  }

  /** Whether no connection could be made to the database at all (a fleet reports the target unreachable). */
  public boolean unreachable() {
    return unreachable;
  }
}
