package dev.retort.verify;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * {@code verify} cannot start: the database it was given holds data (RT-T001), or a seed file
 * cannot be read (RT-T002); or its report file cannot be written (RT-T003).
 */
public final class VerifyException extends RetortException {
  private static final long serialVersionUID = 1L;

  VerifyException(ErrorCode code, Location location, String summary, List<String> details, String hint,
      Throwable cause) {
    super(code, location, summary, details, hint, cause);
  }

  /** RT-T003: the report file ({@code --junit FILE}) cannot be written. */
  public static VerifyException unwritable(java.nio.file.Path file, java.io.IOException cause) {
    return new VerifyException(ErrorCode.T003, Location.of(file), "cannot write the verify report: "
        + cause.getMessage(), List.of(), "give a file in a folder that exists and that this user may write to", cause);
  }
}
