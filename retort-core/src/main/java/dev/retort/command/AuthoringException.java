package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** A revision, merge or project that cannot be written as asked; nothing was written. */
public final class AuthoringException extends RetortException {
  private static final long serialVersionUID = 1L;

  AuthoringException(Location location, String summary, List<String> details, String hint) {
    super(ErrorCode.A001, location, summary, details, hint);
  }
}
