package dev.retort.graph;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** A revision revises itself or names the same parent twice. */
public final class BadParentsException extends RetortException {
  private static final long serialVersionUID = 1L;

  public BadParentsException(Revision revision, String problem) {
    super(
        ErrorCode.G011,
        revision.origin().revisesLocation(),
        "revision " + revision.id() + " " + problem,
        List.of(),
        "list each parent once, and never the revision itself");
  }
}
