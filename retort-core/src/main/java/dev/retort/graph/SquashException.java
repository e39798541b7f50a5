package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * A squash revision whose {@code Replaces:} cannot be honoured: it names revisions that are not a
 * linear chain, some that are gone while others are not, or a revision another squash already
 * replaces.
 */
public final class SquashException extends RetortException {
  private static final long serialVersionUID = 1L;

  SquashException(Revision squash, String problem, List<String> details, String hint) {
    super(ErrorCode.G020, squash.origin().revisionLocation(),
        "squash " + squash.id() + ": " + problem, details, hint);
  }
}
