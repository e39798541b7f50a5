package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A script file or version directory that cannot be read. */
public final class UnreadableScriptException extends RetortException {
  private static final long serialVersionUID = 1L;

  public UnreadableScriptException(Path file, IOException cause) {
    super(
        ErrorCode.S001,
        Location.of(file),
        "cannot read file: " + describe(cause),
        List.of(),
        "check that the file exists and is readable by this user (ls -l " + file + ")",
        cause);
  }

  private static String describe(IOException cause) {
    String kind = cause.getClass().getSimpleName().replace("Exception", "");
    return cause.getMessage() == null ? kind : kind + " (" + cause.getMessage() + ")";
  }
}
