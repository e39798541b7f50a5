package dev.retort.run;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** A run refused before changing anything: a revision that cannot run, a column too narrow, no database. */
public final class RunException extends RetortException {
  private static final long serialVersionUID = 1L;

  RunException(ErrorCode code, Location location, String summary, List<String> details, String hint, Throwable cause) {
    super(code, location, summary, details, hint, cause);
  }
}
