package dev.retort.config;

import dev.retort.error.ErrorCode;
import dev.retort.error.Location;
import dev.retort.error.RetortException;
import java.util.List;

/** A configuration file that cannot be read or parsed, or a value of the wrong type. */
public final class ConfigException extends RetortException {
  private static final long serialVersionUID = 1L;

  ConfigException(ErrorCode code, Location location, String summary, String hint) {
    this(code, location, summary, List.of(), hint);
  }

  ConfigException(ErrorCode code, Location location, String summary, List<String> details, String hint) {
    super(code, location, summary, details, hint);
  }
}
