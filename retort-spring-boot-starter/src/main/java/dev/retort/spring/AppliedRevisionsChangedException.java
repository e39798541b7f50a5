package dev.retort.spring;

import dev.retort.api.ChangedRevisionsException;
import dev.retort.api.RevisionStatus;
import dev.retort.error.ErrorCode;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * {@code retort.validate-on-migrate}: the database records revisions whose file changed since they
 * were applied, or that no file has any more. The same text whether the upgrade found them in its
 * own session ({@link ChangedRevisionsException}) or a status check before another strategy did.
 */
final class AppliedRevisionsChangedException extends RetortException {
  private static final long serialVersionUID = 1L;

  AppliedRevisionsChangedException(List<RevisionStatus> changed) {
    super(ErrorCode.V009, null, ChangedRevisionsException.summary(changed, "retort.validate-on-migrate"),
        changed.stream().map(ChangedRevisionsException::line).toList(),
        "restore the files as they were applied (the applied checksum is above; git log -p <file> finds that version),"
            + " or, to start on purpose with the files as they are, set retort.validate-on-migrate=false");
  }
}
