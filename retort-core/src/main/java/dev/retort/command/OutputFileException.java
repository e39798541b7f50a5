package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A command's output file ({@code retort graph -o FILE}) could not be written. */
public final class OutputFileException extends RetortException {
  private static final long serialVersionUID = 1L;

  OutputFileException(Path file, IOException cause) {
    super(ErrorCode.A011, new Location(file, 0), "cannot write the output file: " + reason(cause), List.of(),
        "check that the folder exists and is writable, or choose another file with -o", cause);
  }

  private static String reason(IOException cause) {
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return "its folder does not exist";
    }
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
