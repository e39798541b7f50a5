package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** {@code accept} refused a revision: it is not applied, or its file did not change. */
public final class AcceptException extends RetortException {
  private static final long serialVersionUID = 1L;

  private AcceptException(String summary, List<String> details, String hint) {
    super(ErrorCode.V020, null, summary, details, hint);
  }

  static AcceptException notApplied(String id, String state) {
    return new AcceptException("cannot accept " + id + ": it is " + state + ", not applied",
        List.of("accept records a deliberate edit of a revision the database already ran"),
        "run it instead (retort upgrade " + id + "), or check the id with retort status");
  }

  static AcceptException notEdited(String id) {
    return new AcceptException("cannot accept " + id + ": its file has not changed since it was applied",
        List.of("the history table's checksum already matches the file"),
        "nothing to do; retort status lists the edited revisions");
  }
}
