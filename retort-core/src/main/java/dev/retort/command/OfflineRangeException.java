package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** Offline downgrade without a {@code from:to} range. */
public final class OfflineRangeException extends RetortException {
  private static final long serialVersionUID = 1L;

  OfflineRangeException(String target) {
    super(
        ErrorCode.G009,
        null,
        "offline downgrade needs a range: there is no database to start from",
        List.of(),
        "retort downgrade --sql <from>:" + target);
  }
}
