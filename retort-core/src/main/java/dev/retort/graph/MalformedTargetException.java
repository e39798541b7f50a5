package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A target string does not follow the target syntax. */
public final class MalformedTargetException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MalformedTargetException(String target, String problem) {
    super(
        ErrorCode.G009,
        null,
        "target '" + target + "' is malformed: " + problem,
        List.of(),
        "targets are: head, heads, base, <id or prefix>, <label>@head, <label>@base,"
            + " <label>@<id>, <id>@head, +N, -N, <target>+N, <target>-N");
  }
}
