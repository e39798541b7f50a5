package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;

/** The lint baseline file cannot be read, parsed or written. */
public final class LintBaselineException extends RetortException {
  private static final long serialVersionUID = 1L;

  LintBaselineException(Path file, String problem, String hint) {
    super(ErrorCode.A004, Location.of(file), "lint baseline " + problem, List.of(), hint);
  }
}
