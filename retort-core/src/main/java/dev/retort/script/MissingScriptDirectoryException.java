package dev.retort.script;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.nio.file.Path;
import java.util.List;

/** A configured version location does not exist. */
public final class MissingScriptDirectoryException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MissingScriptDirectoryException(Path directory) {
    super(
        ErrorCode.S006,
        Location.of(directory),
        "version directory does not exist",
        List.of(),
        "run retort init to create a project here, or point -c at your retort.toml"
            + " (script_location / version_locations)");
  }
}
