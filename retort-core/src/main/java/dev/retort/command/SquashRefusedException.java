package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** {@code retort squash} cannot do what was asked; nothing was written or deleted. */
public final class SquashRefusedException extends RetortException {
  private static final long serialVersionUID = 1L;

  SquashRefusedException(Location location, String summary, List<String> details, String hint) {
    super(ErrorCode.A010, location, summary, details, hint);
  }
}
