package dev.retort.command;

import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/** {@code lint --since X}: X names both a revision and a git ref, or neither. */
public final class LintSinceException extends RetortException {
  private static final long serialVersionUID = 1L;

  private LintSinceException(String summary, List<String> details, String hint) {
    super(ErrorCode.A003, null, summary, details, hint);
  }

  static LintSinceException ambiguous(String since, String revision, String commit) {
    return new LintSinceException("--since '" + since + "' names both a revision and a git commit",
        List.of("revision:   " + revision, "git commit: " + commit),
        "retort lint --since-revision " + since + "   (or, for the git commit: retort lint --since '" + since
            + "^{commit}')");
  }

  static LintSinceException neither(String since, List<String> why) {
    return neither(since, why, "git rev-parse --verify " + since);
  }

  static LintSinceException neither(String since, List<String> why, String gitHint) {
    return new LintSinceException("--since '" + since + "' names neither a revision nor a git ref", why,
        "name a revision (retort history lists them), or for git: " + gitHint);
  }
}
