package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** {@code lint --since}: git could not list the files added since a ref (no git, not a repository, bad ref). */
public final class GitChangesException extends RetortException {
  private static final long serialVersionUID = 1L;

  GitChangesException(String summary, List<String> details, String hint) {
    super(ErrorCode.A002, null, summary, details, hint);
  }
}
