package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A target is relative to the database's current state, which this command does not read. */
public final class NeedsDatabaseException extends RetortException {
  private static final long serialVersionUID = 1L;

  public NeedsDatabaseException(String target) {
    super(
        ErrorCode.G010,
        null,
        "target '" + target + "' is relative to the database's current revisions, which this command does"
            + " not read",
        List.of(),
        "name the revisions explicitly (e.g. head-1 or <id>+1), or use a command that connects to the"
            + " database");
  }
}
