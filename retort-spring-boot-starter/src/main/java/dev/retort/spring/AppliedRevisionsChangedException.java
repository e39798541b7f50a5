package dev.retort.spring;

import dev.retort.api.RevisionState;
import dev.retort.api.RevisionStatus;
import dev.retort.error.ErrorCode;
import dev.retort.error.Paths;
import dev.retort.error.RetortException;
import java.util.List;

/**
 * {@code retort.validate-on-migrate}: the database records revisions whose file changed since they
 * were applied, or that no file has any more.
 */
final class AppliedRevisionsChangedException extends RetortException {
  private static final long serialVersionUID = 1L;

  AppliedRevisionsChangedException(List<RevisionStatus> changed) {
    super(ErrorCode.V009, null, summary(changed), changed.stream().map(AppliedRevisionsChangedException::line).toList(),
        "restore the files as they were applied (the applied checksum is above; git log -p <file> finds that version),"
            + " or, to start on purpose with the files as they are, set retort.validate-on-migrate=false");
  }

  private static String summary(List<RevisionStatus> changed) {
    long edited = changed.stream().filter(s -> s.state() == RevisionState.EDITED).count();
    long missing = changed.size() - edited;
    return (edited > 0 ? edited + " applied revision" + (edited == 1 ? " was" : "s were") + " edited" : "")
        + (edited > 0 && missing > 0 ? " and " : "")
        + (missing > 0 ? missing + " applied revision" + (missing == 1 ? " has" : "s have") + " no file" : "")
        + " since " + (changed.size() == 1 ? "it was" : "they were") + " applied, and retort.validate-on-migrate is on";
  }

  private static String line(RevisionStatus status) {
    if (status.state() == RevisionState.MISSING) {
      return "missing  " + status.id() + "  recorded in the version table; no revision file has this id";
    }
    var revision = status.revision().orElseThrow();
    String where = revision.file().map(Paths::display).orElse(revision.location());
    return "edited   " + status.id() + "  " + where + "  applied sha256:" + shortSum(status.appliedChecksum())
        + ", file now sha256:" + shortSum(revision.checksum());
  }

  private static String shortSum(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
  }
}
