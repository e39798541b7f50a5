package dev.retort.lint.rules;

import dev.retort.error.ErrorCode;
import dev.retort.lint.RuleInfo;
import dev.retort.lint.Severity;
import java.util.Set;

/**
 * {@code RT110}: a header (or body) the loader rejects, an Alembic header included (computed at run
 * time, S030, or unreadable, S031); the other files are still linted.
 */
public final class MalformedHeader extends ProblemRule {
  public static final RuleInfo INFO = new RuleInfo("RT110", "malformed-header", Severity.ERROR, "a file's revision header or body cannot be read");

  public MalformedHeader() {
    super(INFO, Set.of(ErrorCode.S001, ErrorCode.S002, ErrorCode.S007, ErrorCode.S008, ErrorCode.S010,
        ErrorCode.S030, ErrorCode.S031));
  }
}
