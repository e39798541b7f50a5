package dev.retort.fleet;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;

/** A fleet that cannot run as configured or selected: a missing variable, a duplicate name, an empty selection. */
public final class FleetException extends RetortException {
  private static final long serialVersionUID = 1L;

  public FleetException(ErrorCode code, Path file, String summary, List<String> details, String hint) {
    super(code, file == null ? null : Location.of(file), summary, details, hint);
  }
}
